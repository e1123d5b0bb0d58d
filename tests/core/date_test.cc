#include "dyad/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DateTest, ParsesOnlyRealDays) {
  ASSERT_TRUE(Date::Parse("2022-01-22").has_value());
  EXPECT_EQ(Date::Parse("2024-02-29")->ToString(), "2024-02-29");
  EXPECT_FALSE(Date::Parse("2023-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2022-13-01").has_value());
  EXPECT_FALSE(Date::Parse("22-01-22").has_value());
  EXPECT_FALSE(Date::Parse("2022-1-22x").has_value());
  EXPECT_FALSE(Date::Parse("").has_value());
}

TEST(DateTest, DayArithmeticAndWeekdays) {
  const Date d = *Date::Parse("2022-01-22");  // a Saturday
  EXPECT_EQ(d.Weekday(), 5);
  EXPECT_EQ(d.AddDays(-1).ToString(), "2022-01-21");
  EXPECT_EQ(Date::Parse("2000-03-01")->AddDays(-1).ToString(), "2000-02-29");
  EXPECT_EQ(Date::Parse("1970-01-01")->ToDays(), 0);
  EXPECT_EQ(Date::FromDays(Date::Parse("1999-12-31")->ToDays() + 1).ToString(), "2000-01-01");
}

}  // namespace
}  // namespace dyad
