#include "peers/tabari_suite.h"

namespace dyad::peers {

PeerDictionaryFiles TabariProjectFiles(const TabariProject& project) {
  PeerDictionaryFiles f;
  f.dialect = Dialect::kTabari;
  auto path = [&](const std::string& name) { return name.empty() ? name : project.dir + "/" + name; };
  f.actors.push_back(path(project.actors));
  if (!project.agents.empty()) f.agents.push_back(path(project.agents));
  f.verbs = path(project.verbs);
  return f;
}

TabariSuiteRun RunTabariSuite(const std::vector<TabariRecord>& records, const PeerDictionaries& dicts,
                              TabariOptions options, const LiteralSource& literals) {
  TabariSuiteRun run;
  const TabariCoder coder(dicts);
  for (const TabariRecord& r : records) {
    for (const std::string& command : r.options) {
      std::string error, unsupported;
      if (!ApplyTabariOption(command, &options, &error, &unsupported)) {
        run.option_report.Error("record " + r.id, r.line, error);
      } else if (!unsupported.empty()) {
        run.option_report.Unsupported("OPTION " + unsupported, "record " + r.id, r.line);
      } else {
        ++run.options_applied;
      }
    }
    RecordOutcome out;
    out.id = r.id;
    out.line = r.line;
    out.category = r.id.substr(0, r.id.find('-'));
    if (!r.standard) {
      out.skip_reason = "after FINAL-01 (other settings, crash tests)";
    } else if (!r.options.empty() && !r.scored()) {
      out.skip_reason = "OPTION record";
    } else if (!r.scored()) {
      out.skip_reason = "no expectation (or only disabled -{...} ones)";
    }
    if (!out.skip_reason.empty()) {
      run.outcomes.push_back(std::move(out));
      continue;
    }
    out.scored = true;
    if (r.expect_complex) {
      out.expected_disposition = PeerDisposition::kComplex;
    } else if (r.expect_discard) {
      out.expected_disposition = PeerDisposition::kDiscardSentence;
    } else {
      out.expected = r.expected;
    }
    const PeerCoding coding = coder.Code(literals(r), TabariRecordDate(r.date_text), options);
    ScoreRecord(coding, &out);
    run.outcomes.push_back(std::move(out));
  }
  run.score = Summarize(run.outcomes);
  return run;
}

}  // namespace dyad::peers
