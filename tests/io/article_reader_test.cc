#include "io/article_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

// Every record of `input`, good or bad.
std::vector<Article> ReadAll(const std::string& input) {
  std::istringstream in(input);
  ArticleReader reader(in);
  std::vector<Article> all;
  while (auto a = reader.Next()) all.push_back(*a);
  return all;
}

TEST(ArticleReaderTest, ReadsGoodAndBadRecordsWithLineNumbers) {
  const std::vector<Article> all = ReadAll(
      "{\"id\": \"a\", \"date\": \"2022-01-22\", \"text\": \"Russia threatened Japan.\"}\n"
      "\n"
      "{not json\n"
      "{\"id\": \"c\", \"date\": \"2022-02-30\", \"text\": \"x\"}\n"
      "{\"id\": \"d\", \"text\": \"\"}\n"
      "{\"id\": 7, \"date\": \"2022-01-22T08:00:00Z\", \"text\": \"ok\", \"title\": \"T\"}\n"
      "{\"id\": \"e\", \"text\": \"bad \xff byte\"}\n"
      "[1, 2]\n");
  ASSERT_EQ(all.size(), 7u);
  EXPECT_TRUE(all[0].error.empty());
  EXPECT_EQ(all[0].id, "a");
  EXPECT_EQ(all[0].date.ToString(), "2022-01-22");
  EXPECT_EQ(all[0].line, 1u);
  EXPECT_EQ(all[1].line, 3u);  // the blank line is not a record
  EXPECT_NE(all[1].error.find("invalid JSON"), std::string::npos);
  EXPECT_NE(all[2].error.find("bad \"date\""), std::string::npos);
  EXPECT_EQ(all[2].id, "c");
  EXPECT_NE(all[3].error.find("no \"text\""), std::string::npos);
  EXPECT_TRUE(all[4].error.empty());
  EXPECT_EQ(all[4].id, "7");
  EXPECT_EQ(all[4].date.ToString(), "2022-01-22");
  EXPECT_EQ(all[4].title, "T");
  EXPECT_FALSE(all[5].error.empty());  // invalid UTF-8 inside the JSON string
  EXPECT_NE(all[6].error.find("not a JSON object"), std::string::npos);
}

// A number beyond a double's range makes the JSON parser throw
// out_of_range, not parse_error: that record is bad, the next ones are
// read (it used to abort `dyad code`).
TEST(ArticleReaderTest, NumberOutOfRangeIsABadRecordNotACrash) {
  const std::vector<Article> all = ReadAll(
      "{\"id\": 661e66666, \"text\": \"a\"}\n"
      "{\"id\": \"b\", \"text\": \"Russia threatened Japan.\", \"n\": -1e999}\n"
      "{\"id\": \"c\", \"text\": \"Russia threatened Japan.\"}\n");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_NE(all[0].error.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(all[0].line, 1u);
  EXPECT_NE(all[1].error.find("invalid JSON"), std::string::npos);
  EXPECT_TRUE(all[2].error.empty());
  EXPECT_EQ(all[2].id, "c");
}

}  // namespace
}  // namespace dyad
