#include "util/model_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace dyad {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dyad_model_file_test_" + name)).string();
}

TEST(ModelFileTest, RoundTrip) {
  const std::string path = TempPath("roundtrip.bin");
  ModelWriter w;
  w.Put<uint32_t>(7);
  w.PutString("NOUN");
  const std::vector<float> floats = {1.5f, -2.0f};
  w.PutArray<float>(floats);
  ASSERT_TRUE(w.WriteFile(path, "TEST", 3).ok());

  auto r = ModelReader::Open(path, "TEST", 3);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  uint32_t n = 0;
  std::string s;
  std::vector<float> back;
  ASSERT_TRUE(r->Get(&n));
  ASSERT_TRUE(r->GetString(&s));
  ASSERT_TRUE(r->GetArray(&back));
  EXPECT_EQ(n, 7u);
  EXPECT_EQ(s, "NOUN");
  EXPECT_EQ(back, floats);
  EXPECT_TRUE(r->at_end());
  EXPECT_FALSE(r->Get(&n));  // reading past the end fails cleanly
  std::filesystem::remove(path);
}

TEST(ModelFileTest, DetectsMissingWrongKindVersionAndDamage) {
  const std::string path = TempPath("damaged.bin");
  ModelWriter w;
  w.PutString("some payload bytes");
  ASSERT_TRUE(w.WriteFile(path, "TEST", 1).ok());

  auto missing = ModelReader::Open(path + ".nope", "TEST", 1);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find(".nope"), std::string::npos);
  EXPECT_EQ(ModelReader::Open(path, "PARS", 1).status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(ModelReader::Open(path, "TEST", 2).status().code(), StatusCode::kUnsupported);
  // A reader of several versions takes any of them and says which it got.
  auto ranged = ModelReader::Open(path, "TEST", 1, 3);
  ASSERT_TRUE(ranged.ok()) << ranged.status().ToString();
  EXPECT_EQ(ranged->version(), 1u);
  auto too_old = ModelReader::Open(path, "TEST", 2, 3);
  EXPECT_EQ(too_old.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(too_old.status().message().find("versions 2 to 3"), std::string::npos);

  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  bytes[bytes.size() - 3] ^= 0x20;  // flip one payload bit
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
  }
  auto damaged = ModelReader::Open(path, "TEST", 1);
  EXPECT_EQ(damaged.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(damaged.status().message().find("checksum"), std::string::npos);

  bytes.resize(bytes.size() - 4);  // truncate
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
  }
  EXPECT_EQ(ModelReader::Open(path, "TEST", 1).status().code(), StatusCode::kCorrupt);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace dyad
