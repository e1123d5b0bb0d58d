// The dyad binary end to end: what a user runs, on good and hostile input.
// Needs the committed models; reads nothing from ../shared.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "test_paths.h"

namespace dyad {
namespace {

struct RunResult {
  int status = -1;
  std::string out;
};

std::string TempDir() {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("dyad_cli_test_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  std::filesystem::create_directories(dir);
  return dir.string();
}

// Runs `build/dyad ARGS` (stderr to a file) and returns exit status + stdout.
RunResult Dyad(const std::string& args, const std::string& stderr_file = "/dev/null") {
  const std::string cmd = std::string(DYAD_BINARY_DIR) + "/dyad " + args + " 2>" + stderr_file;
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int raw = pclose(p);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

std::string Write(const std::string& dir, const std::string& name, const std::string& content) {
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(CliTest, ParsesTheExampleArticle) {
  const RunResult r = Dyad("parse " + testing::SourcePath("examples/article.txt"));
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("\tmeet\tVERB\t"), std::string::npos) << r.out.substr(0, 2000);
  EXPECT_NE(r.out.find("\troot\t"), std::string::npos);
}

TEST(CliTest, CodesTheExampleArticleWithEvidence) {
  const RunResult r = Dyad("code --text --id example --date 2024-03-06 " +
                           testing::SourcePath("examples/article.txt"));
  ASSERT_EQ(r.status, 0);
  std::istringstream lines(r.out);
  std::string line;
  bool kenya_ethiopia = false;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    ASSERT_TRUE(j.contains("evidence"));
    ASSERT_FALSE(j["evidence"]["rule"].get<std::string>().empty());
    if (j["source"].is_object() && j["target"].is_object()) {
      const std::string s = j["source"]["country"].is_string() ? j["source"]["country"].get<std::string>() : "";
      const std::string t = j["target"]["country"].is_string() ? j["target"]["country"].get<std::string>() : "";
      if ((s == "KEN" && t == "ETH") || (s == "ETH" && t == "KEN")) kenya_ethiopia = true;
      // Offsets point at the actor's words in the article.
      const std::string text = ReadFile(testing::SourcePath("examples/article.txt"));
      const auto start = j["source"]["start"].get<size_t>(), end = j["source"]["end"].get<size_t>();
      EXPECT_EQ(text.substr(start, end - start), j["source"]["text"].get<std::string>());
    }
  }
  EXPECT_TRUE(kenya_ethiopia) << r.out;
}

TEST(CliTest, BadRecordsAreReportedAndTheRunGoesOn) {
  const std::string dir = TempDir();
  const std::string in = Write(dir, "in.jsonl",
                               "{\"id\":\"a\",\"date\":\"2022-01-22\",\"text\":\"Russia threatened Japan.\"}\n"
                               "{not json\n"
                               "{\"id\":\"c\",\"date\":\"yesterday\",\"text\":\"x\"}\n"
                               "{\"id\":\"d\",\"text\":\"bad \xff\xfe bytes\"}\n"
                               "{\"id\":\"e\"}\n");
  const RunResult r = Dyad("code -q " + in, dir + "/err.txt");
  EXPECT_EQ(r.status, 2);  // some records failed
  const std::string err = ReadFile(dir + "/err.txt");
  EXPECT_NE(err.find(":2:"), std::string::npos) << err;
  EXPECT_NE(err.find(":3: record c"), std::string::npos) << err;
  EXPECT_NE(err.find("4 errors"), std::string::npos) << err;
  int errors = 0, events = 0;
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    if (j.contains("error")) ++errors;
    else ++events;
  }
  EXPECT_EQ(errors, 4);
  EXPECT_GE(events, 1);
}

TEST(CliTest, HostileInputNeverCrashes) {
  const std::string dir = TempDir();
  std::string garbage;
  for (int i = 0; i < 200000; ++i) garbage += static_cast<char>((i * 2654435761u) >> 13);
  std::string long_line;
  while (long_line.size() < 2'000'000) long_line += "the talks went on and on ";
  std::string many_tokens;
  for (int i = 0; i < 5000; ++i) many_tokens += "word ";
  std::string nested;
  for (int i = 0; i < 20000; ++i) nested += "(\"[{";
  nested += " Russia ";
  for (int i = 0; i < 20000; ++i) nested += "}]\")";
  const std::pair<const char*, std::string> cases[] = {
      {"empty", ""},           {"newline", "\n"},          {"garbage", garbage},
      {"long_line", long_line}, {"many_tokens", many_tokens + "."}, {"nested", nested},
      {"invalid_utf8", "Russia \xc3\x28 threatened \xa0\xa1 Japan \xf0\x28\x8c\x28."},
  };
  for (const auto& [name, content] : cases) {
    const std::string path = Write(dir, name, content);
    const RunResult parsed = Dyad("parse " + path);
    EXPECT_EQ(parsed.status, 0) << name;
    const RunResult coded = Dyad("code -q --text --date 2022-01-22 " + path);
    // An empty article is a bad record (2); everything else codes (0).
    EXPECT_EQ(coded.status, std::string(name) == "empty" || std::string(name) == "newline" ? 2 : 0) << name;
  }
}

// `count` JSON Lines articles, article i made of sentences i and i + `step`
// (mod 4); every `bad_every`-th line (from the sixth) is broken JSON.
std::string Articles(int count, const std::array<const char*, 4>& sentences, int step,
                     int bad_every = 0) {
  std::string input;
  for (int i = 0; i < count; ++i) {
    if (bad_every > 0 && i % bad_every == 5) {
      input += "{not json\n";
      continue;
    }
    input += "{\"id\":\"n" + std::to_string(i) + "\",\"date\":\"2022-01-22\",\"text\":\"" +
             sentences[i % 4] + " " + sentences[(i + step) % 4] + "\"}\n";
  }
  return input;
}

TEST(CliTest, ThreadCountDoesNotChangeTheOutput) {
  const std::string dir = TempDir();
  const std::string in = Write(dir, "in.jsonl",
                               Articles(60,
                                        {"Russia threatened Japan with sanctions on Friday.",
                                         "The United States and Japan agreed to cooperate.",
                                         "Israeli troops attacked Palestinian militants in Gaza.",
                                         "China criticized the United States."},
                                        1));
  const RunResult one = Dyad("code -q -t 1 " + in);
  const RunResult two = Dyad("code -q -t 2 " + in);
  ASSERT_EQ(one.status, 0);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, two.out);
}

// A file is coded in batches of articles (Pipeline::AnalyzeBatch), standard
// input one article at a time: the output must be the same, bad records and
// the end of a partial batch included.
TEST(CliTest, BatchesGiveTheSameOutputAsOneArticleAtATime) {
  const std::string dir = TempDir();
  const std::string in = Write(dir, "in.jsonl",
                               Articles(45,
                                        {"Russia threatened Japan with sanctions on Friday.",
                                         "The weather was cold.",
                                         "Israeli troops attacked Palestinian militants in Gaza.",
                                         "He said China criticized the United States."},
                                        3, /*bad_every=*/11));
  const RunResult batched = Dyad("code -q -t 2 " + in);
  const RunResult streamed = Dyad("code -q -t 2 - < " + in);
  EXPECT_EQ(batched.status, 2);  // the bad records
  EXPECT_EQ(streamed.status, 2);
  EXPECT_NE(batched.out.find("\"error\""), std::string::npos);
  EXPECT_NE(batched.out.find("\"cameo\""), std::string::npos);
  EXPECT_EQ(batched.out, streamed.out);
}

TEST(CliTest, ResumeSkipsWhatIsWrittenAndRecodesATornTail) {
  const std::string dir = TempDir();
  std::string input;
  for (int i = 0; i < 8; ++i) {
    input += "{\"id\":\"r" + std::to_string(i) +
             "\",\"date\":\"2022-01-22\",\"text\":\"Russia threatened Japan. China criticized Russia.\"}\n";
  }
  const std::string in = Write(dir, "in.jsonl", input);
  const std::string out = dir + "/out.jsonl";
  ASSERT_EQ(Dyad("code -q " + in + " -o " + out).status, 0);
  const std::string full = ReadFile(out);
  ASSERT_FALSE(full.empty());
  // Simulate a kill: keep the first half and a torn line.
  std::string cut = full.substr(0, full.size() / 2);
  Write(dir, "out.jsonl", cut);
  ASSERT_EQ(Dyad("code -q --resume " + in + " -o " + out).status, 0);
  EXPECT_EQ(ReadFile(out), full);
}

TEST(CliTest, CompressedInputGivesTheSameEvents) {
  const std::string dir = TempDir();
  const std::string in = Write(dir, "in.jsonl",
                               "{\"id\":\"z\",\"date\":\"2022-01-22\",\"text\":\"Russia threatened Japan.\"}\n");
  ASSERT_EQ(std::system(("gzip -c " + in + " > " + in + ".gz").c_str()), 0);
  const RunResult plain = Dyad("code -q " + in);
  const RunResult gz = Dyad("code -q " + in + ".gz");
  EXPECT_EQ(plain.out, gz.out);
  EXPECT_FALSE(plain.out.empty());
}

TEST(CliTest, MissingModelIsAClearError) {
  const std::string dir = TempDir();
  const RunResult r = Dyad("parse --models " + dir + " " + testing::SourcePath("examples/article.txt"),
                           dir + "/err.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(ReadFile(dir + "/err.txt").find(dir + "/tagger.bin"), std::string::npos);
}

}  // namespace
}  // namespace dyad
