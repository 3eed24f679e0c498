// Problem: one thing wrong with some input, named by its JSON path and told as
// codes with parameters, never as sentences. The shell words it in the user's
// language from _locales ("problem", "expected" and "found" followed by the
// code in camel case: problemWrong, expectedSeconds, foundValue); the CLI and the
// tests word it in English from the same file (problem_words.h, native only).
// A new code is a new enum value and name here plus its message in every
// locale; tests/core/problem_words_test.cpp fails until all three agree.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "limber/vocabulary.h"

namespace limber {

// What is wrong. The message's $1 is the expected phrase and $2 the found one
// where the issue has them, then the problem's own args.
enum class Issue {
  Wrong,              // $1 expected, $2 found
  Missing,            // $1 expected
  UnknownField,       //
  ListedTwice,        // $1 the name
  NotJson,            //
  NotBackup,          // the file as a whole; its problems follow
  PartnerNotSided,    //
  PositionNotInPack,  // $1 the position
  PlaceNotInPack,     // $1 the place
  TimeNotInPack,      // $1 the time of day
  IdTaken,            // $1 the id, $2 the path of the exercise that has it
  PartnerUnknown,     // $1 the partner's id
  PartnerSelf,        //
  PartnerMismatch,    // $1 the partner's id, $2 the side it must have, $3 this exercise's id
  PackLoaded,         // $1 the pack id
  ExerciseTaken,      // $1 the exercise id, $2 the pack that has it
  NewerHistory,       // $1 the record's version
  BeforeStart,        //
  AfterNow,           //
  NoSuchPack,         // $1 the id
  NoSuchExercise,     // $1 the id
  NoSkipsLeft,        // $1 the daily budget
  UnknownPoseValue,   //
  NewerVersion,       // $1 the value's version
  TitleTaken,         // $1 the title, $2 the pack that has it
  NothingToOffer,     // $1 the settings fields that, each set back alone, would leave something to offer
  NotJsonAt,          // $1 the line, $2 the column where the text stops being JSON
  MicroNotQuick,      // a micro-break exercise on the floor, one-sided or longer than a minute
  NotPresettable,     // a field of the user's own (the conditions) in an organisation's policy
};

// What was expected instead: a noun phrase ("a whole number of seconds from 5 to 600").
enum class Expected {
  None,
  Object,
  Text,             // $1 most characters
  LocalText,        // $1 most characters
  Texts,            // $1 fewest, $2 most
  EnglishText,      //
  Id,               //
  LanguageTag,      //
  WholeNumber,      // $1 least, $2 most
  Number,           // $1 least, $2 most
  Seconds,          // $1 least, $2 most
  Reps,             // $1 least, $2 most
  BreakSeconds,     // $1 least, $2 most
  IntervalMinutes,  // $1 least, $2 most
  SkipBudget,       // $1 least, $2 most
  IdleMinutes,      // $1 least, $2 most
  DailyGoal,        // $1 least, $2 most
  Minutes,          // $1 least, $2 most
  Version,          // $1 the newest version this Limber reads
  UtcTime,          //
  UtcOffset,        // $1 least, $2 most
  Flag,             //
  OneOf,            // $1 the names, as one list
  ListOf,           // $1 the names, as one list
  SomeOf,           // $1 the names, as one list
  VideoPath,        //
  PosterPath,       //
  HttpsUrl,         //
  Goals,            // $1 most
  Faq,              // $1 most
  Exercises,        // $1 most
  PackSize,         // $1 most kilobytes
  BackupSize,       // $1 most megabytes
  ClockTime,        //
  AfterWorkStart,   // $1 the start of work, "09:00"
  SnoozeLengths,    //
  SeenEntry,        //
  CalendarDay,      //
  FoldedMonth,      //
  DayCounts,        //
  BackupFormat,     //
  Records,          //
  Moment,           //
  FileText,         //
  PartnerId,        // $1 the exercise's side
  MotionKeys,       // $1 fewest, $2 most
  LoopSeconds,      // $1 least, $2 most
  Sweep,            // $1 least, $2 most
  Moves,            // $1 most
  Camera,           //
  Reach,            //
  Pose,             //
  MicroMinutes,     // $1 least, $2 most
  MicroSeconds,     // $1 least, $2 most
  PackText,         //
  PackTexts,        //
};

// What was found instead of what was expected.
enum class Found {
  None,
  Value,       // $1 the value as JSON ("\"thirty\"", "42", "true", "null")
  Object,      //
  OneItem,     //
  Items,       // $1 how many
  EmptyList,   //
  Characters,  // $1 how many
  Kilobytes,   // $1 how many
  Megabytes,   // $1 how many
};

template <>
struct Names<Issue> {
  static constexpr std::array<std::string_view, 29> list{"wrong",
                                                         "missing",
                                                         "unknown-field",
                                                         "listed-twice",
                                                         "not-json",
                                                         "not-backup",
                                                         "partner-not-sided",
                                                         "position-not-in-pack",
                                                         "place-not-in-pack",
                                                         "time-not-in-pack",
                                                         "id-taken",
                                                         "partner-unknown",
                                                         "partner-self",
                                                         "partner-mismatch",
                                                         "pack-loaded",
                                                         "exercise-taken",
                                                         "newer-history",
                                                         "before-start",
                                                         "after-now",
                                                         "no-such-pack",
                                                         "no-such-exercise",
                                                         "no-skips-left",
                                                         "unknown-pose-value",
                                                         "newer-version",
                                                         "title-taken",
                                                         "nothing-to-offer",
                                                         "not-json-at",
                                                         "micro-not-quick",
                                                         "not-presettable"};
};
template <>
struct Names<Expected> {
  static constexpr std::array<std::string_view, 56> list{"",
                                                         "object",
                                                         "text",
                                                         "local-text",
                                                         "texts",
                                                         "english-text",
                                                         "id",
                                                         "language-tag",
                                                         "whole-number",
                                                         "number",
                                                         "seconds",
                                                         "reps",
                                                         "break-seconds",
                                                         "interval-minutes",
                                                         "skip-budget",
                                                         "idle-minutes",
                                                         "daily-goal",
                                                         "minutes",
                                                         "version",
                                                         "utc-time",
                                                         "utc-offset",
                                                         "flag",
                                                         "one-of",
                                                         "list-of",
                                                         "some-of",
                                                         "video-path",
                                                         "poster-path",
                                                         "https-url",
                                                         "goals",
                                                         "faq",
                                                         "exercises",
                                                         "pack-size",
                                                         "backup-size",
                                                         "clock-time",
                                                         "after-work-start",
                                                         "snooze-lengths",
                                                         "seen-entry",
                                                         "calendar-day",
                                                         "folded-month",
                                                         "day-counts",
                                                         "backup-format",
                                                         "records",
                                                         "moment",
                                                         "file-text",
                                                         "partner-id",
                                                         "motion-keys",
                                                         "loop-seconds",
                                                         "sweep",
                                                         "moves",
                                                         "camera",
                                                         "reach",
                                                         "pose",
                                                         "micro-minutes",
                                                         "micro-seconds",
                                                         "pack-text",
                                                         "pack-texts"};
};
template <>
struct Names<Found> {
  static constexpr std::array<std::string_view, 9> list{"",           "value",      "object",    "one-item", "items",
                                                        "empty-list", "characters", "kilobytes", "megabytes"};
};

// The $1 of these is one list of names ("sitting", "standing" or "floor").
constexpr bool listsNames(Expected code) {
  return code == Expected::OneOf || code == Expected::ListOf || code == Expected::SomeOf;
}

// A code and what fills its $1, $2, ...: numbers and names as text.
template <typename Code>
struct Phrase {
  Code code{};
  std::vector<std::string> args;
};

struct Problem {
  std::string path;  // e.g. "exercises[3].seconds"; "" for the whole document
  Issue issue = Issue::Wrong;
  Phrase<Expected> expected;      // Expected::None when the issue says it all
  Phrase<Found> found;            // Found::None likewise
  std::vector<std::string> args;  // the issue's own parameters, after expected and found

  // "packs/x.json: exercises[3].seconds: expected ..." in English, for the CLI and
  // the tests; defined in problem_words.cpp, which only native builds link.
  std::string describe(const std::string& source = "") const;
};

using Problems = std::vector<Problem>;

// A problem that names only its issue and the issue's own parameters.
Problem problemAt(std::string path, Issue issue, std::vector<std::string> args = {});

// What was expected, with its parameters: expect(Expected::Seconds, 5, 600).
Phrase<Expected> expect(Expected code);
Phrase<Expected> expect(Expected code, long long value);
Phrase<Expected> expect(Expected code, long long least, long long most);
Phrase<Expected> expect(Expected code, std::string text);
Phrase<Expected> expect(Expected code, std::string least, std::string most);

// A size found too large, in units of `unit` bytes with one decimal, rounded up
// so that it never reads as the limit: 16.1 MB for a file 100 KB over 16 MB, 10240 KB for 10 MB.
Phrase<Found> sizeFound(Found code, std::size_t bytes, std::size_t unit);

// "one of" (or "a list of") the given names, or every name of E.
Phrase<Expected> expectNames(Expected code, const std::string_view* names, std::size_t count);
template <typename E>
Phrase<Expected> expectNames(Expected code) {
  return expectNames(code, Names<E>::list.data(), Names<E>::list.size());
}

}  // namespace limber
