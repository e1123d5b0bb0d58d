#include "peers/petr_suite.h"

#include <algorithm>
#include <filesystem>

#include "peers/dep_tree.h"
#include "peers/peer_date.h"
#include "peers/peer_lines.h"

namespace dyad::peers {
namespace {

PeerDisposition ExpectedDisposition(const std::string& error) {
  if (error == "storydiscard") return PeerDisposition::kDiscardStory;
  if (error == "sentencediscard") return PeerDisposition::kDiscardSentence;
  if (error == "bad_input_parse") return PeerDisposition::kBadParse;
  if (error == "dateline") return PeerDisposition::kDateline;
  return PeerDisposition::kCoded;
}

bool Listed(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

PetrOptions DefaultPetrOptions() {
  PetrOptions o;
  o.require_dyad = true;
  o.new_actor_length = 0;
  o.commas = CommaOptions{};
  return o;
}

void ApplyPetrConfig(const std::string& option, const std::string& value, PetrOptions* o) {
  int number = 0;
  bool is_number = !value.empty();
  for (const char c : value) {
    if (c < '0' || c > '9') is_number = false;
    else if (number < 100000) number = number * 10 + (c - '0');
  }
  if (option == "require_dyad") {
    o->require_dyad = UpperAscii(value).find("FALSE") == std::string::npos;
  } else if (option == "new_actor_length" && is_number) {
    o->new_actor_length = number;
  } else if (option.starts_with("comma_") && is_number) {
    if (option == "comma_min") o->commas.min = number;
    else if (option == "comma_max") o->commas.max = number;
    else if (option == "comma_emin") o->commas.emin = number;
    else if (option == "comma_emax") o->commas.emax = number;
    else if (option == "comma_bmin") o->commas.bmin = number;
    else if (option == "comma_bmax") o->commas.bmax = number;
  }
}

int32_t PetrRecordDate(const std::string& date) {
  return ParsePeerDate(date).value_or(0);
}

PeerDictionaryFiles PetrEnvironmentFiles(const PetrValidationFile& file, const std::string& dict_dir) {
  PeerDictionaryFiles f;
  f.dialect = Dialect::kPetrarch;
  const std::string dir = dict_dir.empty() ? "." : dict_dir;
  for (const std::string& a : file.actor_files) f.actors.push_back(dir + "/" + a);
  if (!file.agent_file.empty()) f.agents.push_back(dir + "/" + file.agent_file);
  if (!file.verb_file.empty()) f.verbs = dir + "/" + file.verb_file;
  if (!file.discard_file.empty()) f.discards = dir + "/" + file.discard_file;
  return f;
}

Result<PeerDictionaryFiles> LocatePetrDictionaries(const PetrValidationFile& file,
                                                   const std::string& xml_path,
                                                   std::vector<std::string> dirs) {
  namespace fs = std::filesystem;
  const fs::path here = fs::path(xml_path).parent_path();
  dirs.push_back((here / ".." / "dictionaries").string());
  dirs.push_back(here.empty() ? "." : here.string());
  Status missing = Status::Ok();
  auto locate = [&](const std::string& name) -> std::string {
    if (name.empty()) return "";
    std::error_code ec;
    if (fs::path(name).is_absolute() && fs::exists(name, ec)) return name;
    for (const std::string& d : dirs) {
      const fs::path p = fs::path(d) / fs::path(name).filename();
      if (fs::exists(p, ec)) return p.string();
    }
    if (missing.ok()) {
      missing = Status::NotFound(name + " (named in the <Environment> of " + xml_path + ") not found");
    }
    return "";
  };
  PeerDictionaryFiles f;
  f.dialect = Dialect::kPetrarch;
  for (const std::string& a : file.actor_files) f.actors.push_back(locate(a));
  if (!file.agent_file.empty()) f.agents.push_back(locate(file.agent_file));
  f.verbs = locate(file.verb_file);
  f.discards = locate(file.discard_file);
  if (!missing.ok()) return missing;
  return f;
}

Result<std::vector<PhraseTree>> GivenParseTrees(const std::string& parse) {
  const size_t first = parse.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return Status::Corrupt("empty <Parse>");
  Result<PhraseTree> tree = Status::Corrupt("unreadable <Parse>");
  if (parse[first] == '(') {
    tree = ParsePennTree(parse);
  } else {
    auto words = ParseConlluSentence(parse);
    if (!words.ok()) return words.status();
    tree = TreeFromDependencies(*words);
  }
  if (!tree.ok()) return tree.status();
  std::vector<PhraseTree> trees;
  trees.push_back(std::move(tree).value());
  return trees;
}

SuiteRun RunPetrSuite(const PetrValidationFile& file, const PeerDictionaries& dicts,
                      const TreeSource& trees, bool raw_text) {
  SuiteRun run;
  const PetrCoder coder(dicts);
  PetrOptions options = DefaultPetrOptions();
  for (const PetrRecord& r : file.records) {
    for (const auto& [option, value] : r.config) ApplyPetrConfig(option, value, &options);
    RecordOutcome out;
    out.id = r.id;
    out.category = r.category;
    out.line = r.line;
    out.expected = r.expected;
    out.expected_disposition = ExpectedDisposition(r.error);
    if (!file.include.empty() && !Listed(file.include, r.category)) {
      out.skip_reason = "category not in <Include>";
    } else if (Listed(file.exclude, r.category)) {
      out.skip_reason = "category in <Exclude>";
    } else if (!r.sentence) {
      out.skip_reason = "sentence=\"false\"";
    } else if (!r.has_coding) {
      out.skip_reason = "no <EventCoding>";
    } else if (raw_text && out.expected_disposition == PeerDisposition::kBadParse) {
      out.skip_reason = "tests a malformed <Parse> (not applicable to raw text)";
    }
    if (!out.skip_reason.empty()) {
      run.outcomes.push_back(std::move(out));
      continue;
    }
    out.scored = true;
    PeerCoding coding;
    auto sentence_trees = trees(r);
    if (!sentence_trees.ok()) {
      coding.disposition = PeerDisposition::kBadParse;
      coding.note = sentence_trees.status().message();
    } else {
      for (const PhraseTree& tree : *sentence_trees) {
        PeerCoding one = coder.Code(tree, PetrRecordDate(r.date), options);
        if (one.disposition != PeerDisposition::kCoded) {
          coding.disposition = one.disposition;
          coding.note = one.note;
        }
        for (PeerEvent& e : one.events) coding.events.push_back(std::move(e));
      }
      if (coding.disposition != PeerDisposition::kCoded) coding.events.clear();
    }
    ScoreRecord(coding, &out);
    run.outcomes.push_back(std::move(out));
  }
  run.score = Summarize(run.outcomes);
  return run;
}

}  // namespace dyad::peers
