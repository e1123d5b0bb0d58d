#include "corpus/wordnet.h"

#include <cctype>
#include <charconv>
#include <fstream>

namespace dyad {
namespace {

constexpr const char* kPosNames[kWordNetPosCount] = {"noun", "verb", "adj", "adv"};

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Adjectives in data.adj may carry a syntactic marker: "galore(ip)".
std::string_view StripMarker(std::string_view word) {
  if (const size_t paren = word.find('('); paren != std::string_view::npos) {
    return word.substr(0, paren);
  }
  return word;
}

// Fills `out` with the lowercased words that the data file `path` spells
// with an initial capital, -> whether it also spells them in lowercase.
Status ReadCapitalized(const std::string& path, WordNet::Map<bool>* out) {
  std::ifstream data(path);
  if (!data) return Status::NotFound(path + ": cannot open WordNet data file");
  WordNet::Map<uint8_t> spellings;  // bit 0: seen lowercase, bit 1: capitalised
  std::string line;
  while (std::getline(data, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the license header
    // offset lex_filenum ss_type w_cnt(hex), then w_cnt x (word lex_id).
    std::string_view rest(line);
    std::string_view fields[4];
    bool ok = true;
    for (auto& f : fields) {
      const size_t sp = rest.find(' ');
      if (sp == std::string_view::npos) {
        ok = false;
        break;
      }
      f = rest.substr(0, sp);
      rest.remove_prefix(sp + 1);
    }
    if (!ok) continue;
    int count = 0;
    const auto [end, ec] =
        std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(), count, 16);
    if (ec != std::errc()) return Status::Corrupt(path + ": bad word count '" +
                                                  std::string(fields[3]) + "'");
    for (int k = 0; k < count; ++k) {
      const size_t sp = rest.find(' ');
      if (sp == std::string_view::npos) break;
      const std::string_view word = StripMarker(rest.substr(0, sp));
      rest.remove_prefix(sp + 1);
      const size_t sp2 = rest.find(' ');  // lex_id
      if (sp2 == std::string_view::npos) break;
      rest.remove_prefix(sp2 + 1);
      if (word.find('_') != std::string_view::npos || word.empty()) continue;
      const bool capital = std::isupper(static_cast<unsigned char>(word[0]));
      spellings[ToLower(word)] |= capital ? 2 : 1;
    }
  }
  for (const auto& [word, bits] : spellings) {
    if (bits & 2) (*out)[word] = (bits & 1) != 0;
  }
  return Status::Ok();
}

}  // namespace

Result<WordNet> ReadWordNet(const std::string& dir, bool with_case) {
  WordNet wn;
  std::string line;
  for (int pos = 0; pos < kWordNetPosCount; ++pos) {
    const std::string index_path = dir + "/index." + kPosNames[pos];
    std::ifstream index(index_path);
    if (!index) return Status::NotFound(index_path + ": cannot open WordNet index");
    size_t entries = 0;
    while (std::getline(index, line)) {
      if (line.empty() || line[0] == ' ') continue;  // the license header
      const std::string_view lemma = std::string_view(line).substr(0, line.find(' '));
      ++entries;
      if (lemma.find('_') != std::string_view::npos) continue;
      wn.lemmas[std::string(lemma)] |= static_cast<uint8_t>(1u << pos);
    }
    if (entries == 0) return Status::Corrupt(index_path + ": no entries");

    const std::string exc_path = dir + "/" + kPosNames[pos] + ".exc";
    std::ifstream exc(exc_path);
    if (!exc) return Status::NotFound(exc_path + ": cannot open WordNet exception list");
    size_t line_no = 0;
    while (std::getline(exc, line)) {
      ++line_no;
      const size_t space = line.find(' ');
      if (space == std::string::npos) {
        return Status::Corrupt(exc_path + ":" + std::to_string(line_no) +
                               ": expected 'inflected base...'");
      }
      const std::string inflected = line.substr(0, space);
      size_t at = space + 1;
      while (at < line.size()) {
        size_t end = line.find(' ', at);
        if (end == std::string::npos) end = line.size();
        if (end > at) wn.exceptions[pos].emplace_back(inflected, line.substr(at, end - at));
        at = end + 1;
      }
    }
  }

  if (with_case) {
    DYAD_RETURN_IF_ERROR(ReadCapitalized(dir + "/data.noun", &wn.capitalized_nouns));
    DYAD_RETURN_IF_ERROR(ReadCapitalized(dir + "/data.adj", &wn.capitalized_adjectives));
  }
  return wn;
}

}  // namespace dyad
