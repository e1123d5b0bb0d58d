#include "plover_eval.h"

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "dyad/pipeline.h"

namespace dyad::tools {
namespace {

// The records follow PLOVER draft 0.5b1, whose names later changed.
std::string CurrentPloverName(const std::string& old) {
  if (old == "DEMAND") return "REQUEST";
  if (old == "DISAPPROVE" || old == "INVESTIGATE") return "ACCUSE";
  if (old == "FIGHT") return "ASSAULT";
  return old;
}

// A few codes in the records are not ISO 3166 (typos of the manual era).
std::string CanonicalActor(std::string code) {
  if (code.compare(0, 3, "JAP") == 0) code.replace(0, 3, "JPN");
  if (code.compare(0, 3, "ITL") == 0) code.replace(0, 3, "ITA");
  return code;
}

std::vector<std::string> GoldActors(const nlohmann::json& field) {
  std::vector<std::string> codes;
  if (!field.is_array()) return codes;
  for (const auto& a : field) {
    if (a.contains("code") && a["code"].is_string() && !a["code"].get<std::string>().empty()) {
      codes.push_back(CanonicalActor(a["code"].get<std::string>()));
    }
  }
  return codes;
}

// Codes agree when one is a prefix of the other: gold "USA" vs dyad
// "USAGOV", gold "IGO" vs dyad "IGOUNO".
bool SameActor(const std::string& gold, const std::string& predicted) {
  const size_t n = std::min(gold.size(), predicted.size());
  return n >= 3 && gold.compare(0, n, predicted, 0, n) == 0;
}

bool Covers(const std::vector<std::string>& gold, const std::set<std::string>& predicted) {
  if (gold.empty()) return predicted.empty();
  for (const std::string& g : gold) {
    if (std::none_of(predicted.begin(), predicted.end(),
                     [&](const std::string& p) { return SameActor(g, p); })) {
      return false;
    }
  }
  return true;
}

int Depth(const Document& doc, uint32_t token) {
  const Sentence* sentence = nullptr;
  for (const Sentence& s : doc.sentences()) {
    if (token >= s.first_token && token < s.first_token + s.token_count) sentence = &s;
  }
  if (!sentence) return 0;
  const auto tokens = doc.tokens(*sentence);
  int t = static_cast<int>(token - sentence->first_token), depth = 0;
  while (t >= 0 && tokens[t].head >= 0 && depth < 64) {
    t = tokens[t].head;
    ++depth;
  }
  return depth;
}

}  // namespace

int RunPloverEval(const PloverEvalArgs& args) {
  std::ifstream in(args.path);
  if (!in) {
    std::cerr << "dyad: " << args.path << ": cannot open\n";
    return 1;
  }
  nlohmann::json records;
  try {
    records = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    std::cerr << "dyad: " << args.path << ": " << e.what() << "\n";
    return 1;
  }
  PipelineOptions options;
  options.model_dir = args.models;
  options.code_events = true;
  options.coder.dict_dir = args.dict_dir;
  options.coder.allow_missing_target = true;  // some records have no target
  auto pipeline = Pipeline::Open(options);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.status().ToString() << "\n";
    return 1;
  }
  int total = 0, type_primary = 0, type_any = 0, full = 0, no_event = 0;
  std::map<std::string, std::pair<int, int>> per_type;  // gold type -> (right, all)
  for (const auto& r : records) {
    const std::string event = r.value("event", "");
    if (event.empty() || event == "DOCUMENT" || !r.contains("text")) continue;
    ++total;
    const std::string gold_type = CurrentPloverName(event);
    Document doc(r["text"].get<std::string>());
    doc.set_id(r.value("id", ""));
    if (auto d = Date::Parse(r.value("date", ""))) doc.set_date(*d);
    pipeline->Analyze(doc);

    // The primary event: the one in the highest clause (closest to the
    // root), among those with a PLOVER type.
    const Event* primary = nullptr;
    int best_depth = 1 << 20;
    bool any = false;
    for (const Event& e : doc.events()) {
      if (e.plover.empty()) continue;
      any = any || e.plover == gold_type;
      const int depth = Depth(doc, e.verb_token);
      if (depth < best_depth) {
        best_depth = depth;
        primary = &e;
      }
    }
    auto& bucket = per_type[gold_type];
    ++bucket.second;
    if (!primary) ++no_event;
    const bool type_ok = primary && primary->plover == gold_type;
    type_primary += type_ok;
    type_any += any;
    bool full_ok = false;
    if (type_ok) {
      ++bucket.first;
      std::set<std::string> sources, targets;
      for (const Event& e : doc.events()) {
        if (e.plover != gold_type) continue;
        if (e.source) sources.insert(e.source->code);
        if (e.target) targets.insert(e.target->code);
      }
      const auto gold_sources = GoldActors(r.value("source", nlohmann::json()));
      const auto gold_targets = GoldActors(r.value("target", nlohmann::json()));
      bool targets_ok = Covers(gold_targets, targets);
      // "(SRC/TAR: X) and (SRC/TAR: Y)": the members of a compound actor
      // act towards each other; their mutual targeting is right.
      std::string markup;
      if (r.contains("textInfo") && r["textInfo"].is_object()) markup = r["textInfo"].value("markup", "");
      if (!targets_ok && gold_targets.empty() && markup.find("SRC/TAR") != std::string::npos) {
        targets_ok = std::all_of(targets.begin(), targets.end(), [&](const std::string& t) {
          return std::any_of(gold_sources.begin(), gold_sources.end(),
                             [&](const std::string& g) { return SameActor(g, t); });
        });
      }
      full_ok = Covers(gold_sources, sources) && targets_ok;
      full += full_ok;
    }
    if (args.failures && !full_ok) {
      std::cout << r.value("id", "") << "\tgold " << gold_type;
      for (const auto& s : GoldActors(r.value("source", nlohmann::json()))) std::cout << " " << s;
      std::cout << " ->";
      for (const auto& t : GoldActors(r.value("target", nlohmann::json()))) std::cout << " " << t;
      std::cout << "\tdyad";
      for (const Event& e : doc.events()) {
        std::cout << " [" << (e.source ? e.source->code : "-") << ">"
                  << (e.target ? e.target->code : "-") << " " << e.cameo << " " << e.plover << "]";
      }
      std::cout << "\t" << r["text"].get<std::string>() << "\n";
    }
  }
  const auto pct = [&](int n) { return total ? 100.0 * n / total : 0.0; };
  std::cout << std::fixed << std::setprecision(1) << "records " << total << " type_accuracy "
            << pct(type_primary) << " type_source_target " << pct(full) << " type_any_event "
            << pct(type_any) << " no_event " << pct(no_event) << "\n";
  for (const auto& [type, counts] : per_type) {
    std::cout << "  " << std::left << std::setw(10) << type << std::right << " " << counts.first
              << "/" << counts.second << "\n";
  }
  return 0;
}

}  // namespace dyad::tools
