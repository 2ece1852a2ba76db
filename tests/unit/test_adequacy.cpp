// The IOM verdicts (docs/methods.md §2, §2a) and the day-to-day SD table (§2b).
#include <catch2/catch.hpp>

#include "engine/adequacy.hpp"

using namespace mg;

namespace {

LifeStageQuery who(int age, Sex sex = Sex::female) {
    return {.age_years = age, .age_months = 0, .sex = sex, .pregnant = false, .lactating = false};
}

Targets iom(const LifeStageQuery& q) {
    return targets_for(q, Standard::iom);
}

Adequacy judge(int mg, int days, const LifeStageQuery& q) {
    return assess_adequacy(Magnesium::from_mg(mg), days, iom(q), q);
}

}  // namespace

TEST_CASE("IOM worked example: woman 40, 3 days at 320 mg, about 85 %, probably adequate",
          "[adequacy]") {
    const Adequacy a = judge(320, 3, who(40));
    REQUIRE(a.assessed);
    CHECK(a.sd.mg == Approx(86.0));
    CHECK_FALSE(a.sd.assumed);
    CHECK(*a.z == Approx(55.0 / 56.28).epsilon(0.01));
    CHECK(*a.probability == Approx(0.85).margin(0.02));
    // At the RDA but below 97.5 %: not yet high confidence (IOM00 p.57).
    CHECK(a.verdict == Verdict::probably_adequate);
    CHECK(verdict_words(a.verdict) == "probably adequate; log more days to be sure");
}

TEST_CASE("IOM example: z = 2 needs 445 mg for 1 day, 377 for 3, 349 for 7", "[adequacy]") {
    CHECK(*judge(445, 1, who(40)).z == Approx(2.0).margin(0.02));
    CHECK(*judge(377, 3, who(40)).z == Approx(2.0).margin(0.02));
    CHECK(*judge(349, 7, who(40)).z == Approx(2.0).margin(0.02));
    CHECK(judge(349, 7, who(40)).verdict == Verdict::adequate);
    CHECK(judge(340, 7, who(40)).verdict == Verdict::probably_adequate);
}

TEST_CASE("normal CDF matches IOM00 Table B-1 (which rounds to two places)", "[adequacy]") {
    CHECK(normal_cdf(2.0) == Approx(0.98).margin(0.005));
    CHECK(normal_cdf(1.65) == Approx(0.95).margin(0.005));
    CHECK(normal_cdf(1.0) == Approx(0.85).margin(0.01));
    CHECK(normal_cdf(0.0) == Approx(0.5));
    CHECK(normal_cdf(-1.0) == Approx(0.15).margin(0.01));
}

TEST_CASE("verdicts follow IOM00's words: below the EAR, between EAR and RDA, above the RDA",
          "[adequacy]") {
    // Woman 40: EAR 265, RDA 320.
    CHECK(judge(150, 3, who(40)).verdict == Verdict::very_likely_needs_improving);
    CHECK(judge(264, 30, who(40)).verdict == Verdict::very_likely_needs_improving);
    // 311 mg for 7 days: 86 % probability, yet between EAR and RDA (issue #12 case 1).
    const Adequacy between = judge(311, 7, who(40));
    CHECK(*between.probability > 0.85);
    CHECK(between.verdict == Verdict::probably_needs_improving);
    CHECK(between.reason == "mean 311 mg is between the EAR (265 mg) and the RDA (320 mg)");
    CHECK(judge(600, 1, who(40)).verdict == Verdict::adequate);
    CHECK(judge(400, 0, who(40)).verdict == Verdict::no_data);
}

TEST_CASE("one logged day is said to be one day", "[adequacy]") {
    CHECK(judge(330, 1, who(40)).note.find("one logged day") != std::string::npos);
    CHECK(judge(330, 2, who(40)).note.empty());
}

TEST_CASE("day-to-day SD comes from the §2b table, never from the EAR", "[adequacy]") {
    CHECK(day_to_day_sd(who(2)).mg == 79);  // girls 2-8: 0.38 x 207
    CHECK(day_to_day_sd(who(1, Sex::male)).mg == 90);
    CHECK(day_to_day_sd(who(11, Sex::male)).mg == 99);
    CHECK(day_to_day_sd(who(11)).mg == 82);
    CHECK(day_to_day_sd(who(16, Sex::male)).mg == 107);
    CHECK(day_to_day_sd(who(16)).mg == 78);
    CHECK(day_to_day_sd(who(45, Sex::male)).mg == 122);  // as §2b tabulates it
    CHECK(day_to_day_sd(who(45)).mg == 86);
    CHECK_FALSE(day_to_day_sd(who(45)).assumed);
    CHECK(day_to_day_sd(who(60)).assumed);
    CHECK(day_to_day_sd(who(2)).assumed);
    LifeStageQuery pregnant_teen = who(17);
    pregnant_teen.pregnant = true;
    CHECK(day_to_day_sd(pregnant_teen).mg == 86);  // the larger, cautious value
    CHECK(day_to_day_sd(who(0)).mg == 0);
}

TEST_CASE("a 2-year-old with one day at 100 mg is not told 'very likely adequate'", "[adequacy]") {
    // Issue #12 case 2: EAR 65, RDA 80; SD 79 mg, not 86 x 65/265 = 21 mg.
    const Adequacy a = judge(100, 1, who(2));
    CHECK(*a.probability < 0.70);
    CHECK(a.verdict == Verdict::probably_adequate);
}

TEST_CASE("infants: mean against the AI, no probability, never 'inadequate'", "[adequacy]") {
    LifeStageQuery baby = who(0, Sex::male);
    baby.age_months = 8;
    const Adequacy low = assess_adequacy(Magnesium::from_mg(40), 2, iom(baby), baby);
    CHECK(low.method == "ai");
    CHECK(low.verdict == Verdict::cannot_tell);
    CHECK_FALSE(low.probability.has_value());
    const Adequacy high = assess_adequacy(Magnesium::from_mg(150), 5, iom(baby), baby);
    CHECK(high.verdict == Verdict::above_ai);
    CHECK(high.note.find("no day-to-day SD") != std::string::npos);
}

TEST_CASE("non-IOM standards are not given a probability", "[adequacy]") {
    const Targets efsa = targets_for(who(40), Standard::efsa);
    const Adequacy a = assess_adequacy(Magnesium::from_mg(300), 3, efsa, who(40));
    CHECK_FALSE(a.assessed);
    CHECK(a.verdict == Verdict::not_assessed);
}
