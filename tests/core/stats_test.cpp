#include "limber/stats.h"

#include <gtest/gtest.h>

#include "../../core/src/codec.h"
#include "limber/backup.h"
#include "limber/folding.h"

namespace {

using limber::HistoryRecord;
using limber::Moment;
using limber::Outcome;

constexpr std::int64_t kMinute = 60'000;

// A break that ended at local noon of `day` under `offset`, lasting two minutes.
HistoryRecord record(const std::string& day, Outcome outcome = Outcome::Completed, int offset = 60,
                     const std::string& id = "") {
  HistoryRecord r;
  r.day = day;
  r.id = id.empty() ? day + "-" + std::to_string(static_cast<int>(outcome)) : id;
  r.end = limber::dayNumber(day) * limber::kDayMs + 12 * 60 * kMinute - offset * kMinute;
  r.start = r.end - 2 * kMinute;
  r.outcome = outcome;
  r.exercises = {"forward-leans", "leg-hugs"};
  r.packs = {"lower-back-tension-release"};
  return r;
}

Moment noonOf(const std::string& day, int offset = 60) {
  return {limber::dayNumber(day) * limber::kDayMs + 12 * 60 * kMinute - offset * kMinute, offset};
}

limber::Stats statsOf(std::vector<HistoryRecord> records, const Moment& now, limber::Settings settings = {}) {
  limber::StatsInput input;
  input.records = std::move(records);
  input.now = now;
  input.settings = settings;
  return limber::computeStats(input);
}

TEST(Stats, TodayAgainstTheGoalAndMinutesMoved) {
  const auto stats = statsOf({record("2026-11-23"), record("2026-11-23", Outcome::Partial),
                              record("2026-11-23", Outcome::Skipped), record("2026-11-22")},
                             noonOf("2026-11-23"));
  EXPECT_EQ(stats.today.completed, 1);
  EXPECT_EQ(stats.today.partial, 1);
  EXPECT_EQ(stats.today.skipped, 1);
  EXPECT_EQ(stats.today.seconds, 240);
  EXPECT_EQ(stats.goal, 8);
  EXPECT_EQ(stats.last7.completed, 2);
  EXPECT_EQ(stats.days.size(), 30u);
  EXPECT_EQ(stats.days.back().day, "2026-11-23");
  EXPECT_EQ(stats.days.back().completed, 1);
  EXPECT_EQ(stats.days.back().partial, 1) << "the chart tells ended early and skipped apart";
  EXPECT_EQ(stats.days.back().skipped, 1);
  EXPECT_EQ(stats.days[28].completed, 1);
  EXPECT_EQ(stats.days[28].skipped, 0);
  EXPECT_EQ(stats.exercises.front().id, "forward-leans");
  EXPECT_EQ(stats.exercises.front().count, 3);
}

TEST(Stats, NonWorkingDaysNeitherExtendNorBreakAStreak) {
  // Mon 2026-11-16 to Fri 11-20 done, weekend empty, Mon 11-23 done.
  std::vector<HistoryRecord> records;
  for (const char* day : {"2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23"}) {
    records.push_back(record(day));
  }
  const auto monday = statsOf(records, noonOf("2026-11-23"));
  EXPECT_EQ(monday.currentStreak, 6);
  EXPECT_EQ(monday.longestStreak, 6);

  records.push_back(record("2026-11-21"));  // a Saturday break does not add a day
  EXPECT_EQ(statsOf(records, noonOf("2026-11-23")).currentStreak, 6);

  // Tuesday not done yet: the streak still stands; Wednesday without Tuesday breaks it.
  EXPECT_EQ(statsOf(records, noonOf("2026-11-24")).currentStreak, 6);
  const auto wednesday = statsOf(records, noonOf("2026-11-25"));
  EXPECT_EQ(wednesday.currentStreak, 0);
  EXPECT_EQ(wednesday.longestStreak, 6);

  limber::Settings everyDay;
  everyDay.workDays = {limber::Weekday::Mon, limber::Weekday::Tue, limber::Weekday::Wed, limber::Weekday::Thu,
                       limber::Weekday::Fri, limber::Weekday::Sat, limber::Weekday::Sun};
  EXPECT_EQ(statsOf(records, noonOf("2026-11-23"), everyDay).currentStreak, 1) << "Sunday 11-22 was missed";
}

TEST(Stats, AStreakHoldsAcrossDaylightSavingChanges) {
  // Europe/Berlin: summer time ends 2026-10-25 (offset 120 -> 60) and begins
  // 2027-03-28 (60 -> 120). Records carry the day the browser gave them.
  std::vector<HistoryRecord> records = {
      record("2026-10-23", Outcome::Completed, 120), record("2026-10-26", Outcome::Completed, 60),
      record("2026-10-27", Outcome::Completed, 60), record("2027-03-26", Outcome::Completed, 60),
      record("2027-03-29", Outcome::Completed, 120)};
  EXPECT_EQ(statsOf(records, noonOf("2026-10-27", 60)).currentStreak, 3);
  // Just after midnight on the 26th in summer time is still the 26th.
  const Moment earlyMonday{limber::dayNumber("2027-03-29") * limber::kDayMs + 30 * kMinute - 120 * kMinute, 120};
  EXPECT_EQ(earlyMonday.day(), "2027-03-29");
  EXPECT_EQ(statsOf(records, earlyMonday).currentStreak, 2);
}

TEST(Stats, AStreakHoldsWhenTheUserChangesTimeZone) {
  // Mon in Berlin, Tue in New York (offset -300), Wed back in Berlin.
  std::vector<HistoryRecord> records = {record("2026-11-23", Outcome::Completed, 60),
                                        record("2026-11-24", Outcome::Completed, -300),
                                        record("2026-11-25", Outcome::Completed, 60)};
  EXPECT_EQ(statsOf(records, noonOf("2026-11-25", 60)).currentStreak, 3);
  // Late on Tuesday evening in New York it is already Wednesday in Berlin; the
  // streak is read in the user's current local day.
  const Moment tuesdayNight{limber::dayNumber("2026-11-25") * limber::kDayMs + 3 * 60 * kMinute, -300};
  EXPECT_EQ(tuesdayNight.day(), "2026-11-24");
  EXPECT_EQ(statsOf(records, tuesdayNight).currentStreak, 2);
}

TEST(Stats, BreaksOnAnotherDeviceCountTowardTodayAndTheStreak) {
  limber::StatsInput input;
  input.records = {record("2026-11-23")};
  input.now = noonOf("2026-11-23");
  limber::DayTotals elsewhere;
  elsewhere.completed = 2;
  elsewhere.seconds = 240;
  input.otherDevices = {{"laptop", 0, {{"2026-11-20", elsewhere}, {"2026-11-23", elsewhere}}}};
  const auto stats = limber::computeStats(input);
  EXPECT_EQ(stats.today.completed, 3);
  EXPECT_EQ(stats.currentStreak, 2);
  EXPECT_EQ(stats.total.completed, 1) << "totals are this device's own";
}

TEST(Stats, ADevicesSummaryCountsOnlyBeyondItsOwnRecordsHere) {
  // Moved to a new computer: the old one's records were imported, and its
  // summary is still in sync. Each break counts once; breaks the old computer
  // took after the backup (in its summary, not here) still count.
  limber::StatsInput input;
  input.now = noonOf("2026-11-23");
  for (int i = 0; i < 3; ++i) {
    HistoryRecord r = record("2026-11-23", Outcome::Completed, 60, "old-" + std::to_string(i));
    r.device = "old-computer";
    input.records.push_back(r);
  }
  input.records.push_back(record("2026-11-22", Outcome::Completed, 60, "old-yesterday"));
  input.records.back().device = "old-computer";
  limber::DayTotals three;
  three.completed = 3;
  three.seconds = 360;
  limber::DayTotals two;
  two.completed = 2;
  input.otherDevices = {{"old-computer", 0, {{"2026-11-23", three}, {"2026-11-22", two}}},
                        {"phone-less-laptop", 0, {{"2026-11-23", two}}}};
  const auto stats = limber::computeStats(input);
  EXPECT_EQ(stats.today.completed, 5) << "3 imported, the old summary adds none, the laptop 2";
  EXPECT_EQ(stats.last7.completed, 7) << "yesterday: 1 imported and 1 more in the old computer's summary";
  EXPECT_EQ(stats.today.seconds, 360);
}

TEST(Stats, SummariesNotWrittenForFortyFiveDaysOrBeyondTheNewestTwentyCanGo) {
  const Moment now = noonOf("2026-11-23");
  std::vector<limber::DeviceSummary> summaries;
  for (int i = 0; i < 25; ++i) summaries.push_back({"d" + std::to_string(i), now.utc - i * limber::kDayMs, {}});
  summaries.push_back({"old", now.utc - 46 * limber::kDayMs, {}});
  const auto stale = limber::staleSummaries(summaries, now, 45, 20);
  EXPECT_EQ(stale, (std::vector<std::size_t>{20, 21, 22, 23, 24, 25}));
}

// Ten years of use, twenty outcomes a day.
std::vector<HistoryRecord> tenYears(const Moment& now) {
  std::vector<HistoryRecord> records;
  const std::int64_t today = now.localDayNumber();
  const Outcome outcomes[] = {Outcome::Completed, Outcome::Completed, Outcome::Partial,
                              Outcome::Skipped,   Outcome::Snoozed,   Outcome::Natural};
  for (std::int64_t day = today - 3650; day <= today; ++day) {
    for (int i = 0; i < 20; ++i) {
      HistoryRecord r =
          record(limber::dayName(day), outcomes[(day + i) % 6], 60,
                 "2f0c6a52-4c1b-4f0e-" + std::to_string(1000 + i) + "-" + std::to_string(100000000000 + day));
      r.exercises.clear();
      // Five exercises with ids as long as the packs' own.
      for (int k = 0; k < 5; ++k)
        r.exercises.push_back("exercise-id-of-typical-" + std::to_string((day * 3 + i * 5 + k) % 150));
      r.packs = {"pack-" + std::to_string(i % 8)};
      records.push_back(r);
    }
  }
  return records;
}

// Folds as the service worker does: batch after batch, each removing what it
// folded, until a fold removes nothing (and so forgets the names it kept).
struct Folding {
  std::vector<HistoryRecord> kept;
  limber::Folded folded;
};
Folding foldAll(std::vector<HistoryRecord> records, limber::Folded folded, const Moment& now) {
  for (;;) {
    limber::FoldResult result = limber::fold(records, std::move(folded), now);
    folded = std::move(result.folded);
    if (result.removed.empty()) return {records, folded};
    std::vector<bool> removed(records.size(), false);
    for (std::size_t i : result.removed) removed[i] = true;
    std::vector<HistoryRecord> kept;
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (!removed[i]) kept.push_back(records[i]);
    }
    records = std::move(kept);
  }
}

TEST(Folding, EveryStatIsTheSameBeforeAndAfterFoldingAndTenYearsStayUnderOneMegabyte) {
  const Moment now = noonOf("2026-11-23");
  const auto records = tenYears(now);
  ASSERT_GT(records.size(), 70000u);
  limber::StatsInput raw;
  raw.records = records;
  raw.now = now;
  const auto before = limber::computeStats(raw);

  const Folding folded = foldAll(records, {}, now);
  const std::vector<HistoryRecord>& kept = folded.kept;
  EXPECT_LE(kept.size(), 20u * 91) << "only the last 90 days stay raw";
  limber::StatsInput after = raw;
  after.records = kept;
  after.folded = folded.folded;
  EXPECT_EQ(limber::codecStatsJson(before), limber::codecStatsJson(limber::computeStats(after)));

  std::size_t bytes = limber::toJson(folded.folded).dump().size();
  for (const HistoryRecord& r : kept) bytes += limber::toJson(r).dump().size() + 48;  // + the key
  EXPECT_LT(bytes, 1'000'000u) << "stored bytes for ten years";
  RecordProperty("tenYearsBytes", static_cast<int>(bytes));

  // Folding again changes nothing. A fold cut short (the months stored, the
  // records not yet removed) leaves records the folded months name as counted:
  // they are removed, never counted twice.
  EXPECT_TRUE(folded.folded.counted.empty());
  EXPECT_TRUE(limber::fold(kept, folded.folded, now).removed.empty());
  const limber::FoldResult cut = limber::fold(records, {}, now);
  ASSERT_EQ(cut.folded.counted.size(), cut.removed.size());
  limber::StatsInput cutShort = raw;
  cutShort.folded = cut.folded;
  EXPECT_EQ(limber::codecStatsJson(before), limber::codecStatsJson(limber::computeStats(cutShort)));
  const Folding resumed = foldAll(records, cut.folded, now);
  EXPECT_EQ(resumed.kept.size(), kept.size());
  EXPECT_EQ(limber::toJson(resumed.folded), limber::toJson(folded.folded));
}

TEST(Folding, ABreakOnADayFoldedAlreadyCountsAndIsAddedToThatDay) {
  // The clock set back to a day folded months ago: the break taken "then" counts
  // at once, and the next fold adds it to that day instead of dropping it.
  const Moment now = noonOf("2026-11-23");
  const auto first = limber::fold({record("2026-06-10"), record("2026-06-11")}, {}, now);
  ASSERT_EQ(first.removed.size(), 2u);
  const auto settled = limber::fold({}, first.folded, now);
  const HistoryRecord late = record("2026-06-10", Outcome::Completed, 60, "taken-with-the-clock-back");
  limber::StatsInput input;
  input.records = {late};
  input.folded = settled.folded;
  input.now = now;
  EXPECT_EQ(limber::computeStats(input).total.completed, 3);
  const auto merged = limber::fold({late}, settled.folded, now);
  ASSERT_EQ(merged.removed.size(), 1u);
  EXPECT_EQ(merged.folded.months.at("2026-06").days.at(10).completed, 2);
  input.records = {};
  input.folded = limber::fold({}, merged.folded, now).folded;
  EXPECT_EQ(limber::computeStats(input).total.completed, 3);
}

TEST(Folding, OneCallFoldsABatchAndTheRestFollowOnTheNext) {
  const Moment now = noonOf("2026-11-23");
  std::vector<HistoryRecord> records;
  for (std::size_t i = 0; i < limber::kFoldBatch + 5; ++i) {
    records.push_back(record("2025-03-01", Outcome::Completed, 60, "r" + std::to_string(i)));
  }
  const auto first = limber::fold(records, {}, now);
  EXPECT_EQ(first.removed.size(), limber::kFoldBatch);
  std::vector<HistoryRecord> rest(records.begin() + limber::kFoldBatch, records.end());
  const auto second = limber::fold(rest, first.folded, now);
  EXPECT_EQ(second.removed.size(), 5u);
  EXPECT_EQ(second.folded.months.at("2025-03").days.at(1).completed, static_cast<int>(records.size()));
}

TEST(Backup, MergesByRecordIdWithoutCountingABreakTwice) {
  const Moment now = noonOf("2026-11-23");
  const auto records = tenYears(now);
  const Folding folded = foldAll(records, {}, now);
  const std::vector<HistoryRecord>& kept = folded.kept;
  limber::Backup backup;
  backup.records = kept;
  backup.folded = folded.folded;

  // Into an empty store: everything comes back.
  const auto restored = limber::mergeBackup(backup, {}, {});
  EXPECT_EQ(restored.added.size(), kept.size());
  EXPECT_EQ(restored.folded.months.size(), folded.folded.months.size());

  // Into the same store: nothing is added twice.
  const auto same = limber::mergeBackup(backup, kept, folded.folded);
  EXPECT_TRUE(same.added.empty());
  EXPECT_EQ(same.alreadyThere, static_cast<int>(kept.size()));
  EXPECT_EQ(limber::toJson(same.folded), limber::toJson(folded.folded));

  // A store with half the records gets the other half.
  std::vector<HistoryRecord> half(kept.begin(), kept.begin() + kept.size() / 2);
  EXPECT_EQ(limber::mergeBackup(backup, half, folded.folded).added.size(), kept.size() - half.size());
}

TEST(Backup, SaysWhatItLeavesOutAndWhy) {
  const Moment now = noonOf("2026-11-23");
  const Folding here = foldAll({record("2024-03-05"), record("2026-11-20", Outcome::Completed, 60, "same"),
                                record("2026-11-21", Outcome::Completed, 60, "clash")},
                               {}, now);
  limber::Backup backup;
  backup.records = {record("2026-11-20", Outcome::Completed, 60, "same"),
                    record("2026-11-21", Outcome::Partial, 60, "clash"),
                    record("2024-03-09", Outcome::Completed, 60, "on-a-folded-day"),
                    record("2023-01-10", Outcome::Completed, 60, "in-a-month-taken"),
                    record("2026-11-22", Outcome::Completed, 60, "new")};
  backup.folded = foldAll({record("2024-03-20"), record("2023-01-04"), record("2023-01-05")}, {}, now).folded;
  const limber::Merge merge = limber::mergeBackup(backup, here.kept, here.folded);
  EXPECT_EQ(merge.alreadyThere, 1);
  EXPECT_EQ(merge.conflicting, 1);
  EXPECT_EQ(merge.monthsHere, 1) << "2024-03 is folded here already";
  EXPECT_EQ(merge.onFoldedDays, 0) << "2024-03-09 is not a folded day here: the record is added";
  ASSERT_EQ(merge.months.months.size(), 1u);
  EXPECT_EQ(merge.monthOutcomes, 2);
  std::vector<std::string> added;
  for (const HistoryRecord& r : merge.added) added.push_back(r.id);
  EXPECT_EQ(added, (std::vector<std::string>{"on-a-folded-day", "in-a-month-taken", "new"}));

  limber::Backup again;
  again.records = {record("2024-03-05", Outcome::Completed, 60, "other-id-same-day")};
  EXPECT_EQ(limber::mergeBackup(again, here.kept, here.folded).onFoldedDays, 1);
}

TEST(Backup, AnImportIsUndoneWhetherItsRecordsAreStillRawOrFoldedSince) {
  const Moment now = noonOf("2026-11-23");
  const Folding here =
      foldAll({record("2024-03-05", Outcome::Completed, 60, "mine-old"), record("2026-11-20")}, {}, now);
  limber::Backup backup;
  backup.records = {record("2026-11-21", Outcome::Completed, 60, "recent"),
                    record("2024-03-06", Outcome::Completed, 60, "old")};
  backup.folded = foldAll({record("2022-05-01")}, {}, now).folded;
  const limber::Merge merge = limber::mergeBackup(backup, here.kept, here.folded);
  std::vector<HistoryRecord> stored = here.kept;
  stored.insert(stored.end(), merge.added.begin(), merge.added.end());
  // The worker folds the old one into 2024-03, beside this history's own break there.
  const Folding later = foldAll(stored, merge.folded, now);
  ASSERT_EQ(later.folded.months.at("2024-03").days.size(), 2u);

  const limber::Undo undo = limber::undoImport(later.kept, later.folded, merge.added, merge.months);
  std::vector<HistoryRecord> left;
  for (std::size_t i = 0; i < later.kept.size(); ++i) {
    if (std::find(undo.removed.begin(), undo.removed.end(), i) == undo.removed.end()) left.push_back(later.kept[i]);
  }
  EXPECT_EQ(left.size(), here.kept.size());
  EXPECT_EQ(limber::toJson(undo.folded), limber::toJson(here.folded));
}

}  // namespace
