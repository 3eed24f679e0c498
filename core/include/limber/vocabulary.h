// The closed word lists packs, settings and history are written in: positions,
// places, times of day, sides, intensities, body areas, demands, conditions and
// outcomes.
// Each enum's names are listed in order, so an enum value indexes its own name.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace limber {

enum class Position { Sitting, Standing, Floor };
enum class Place { Desk, Home, Office, Anywhere };
enum class TimeOfDay { Morning, Mid, Evening };
enum class Side { None, Left, Right, Both };
enum class Intensity { Gentle, Moderate, Vigorous };
enum class BodyArea {
  Neck,
  Shoulders,
  UpperBack,
  LowerBack,
  Chest,
  Arms,
  Wrists,
  Hands,
  Core,
  Hips,
  Glutes,
  Hamstrings,
  Quads,
  Legs,
  Calves,
  Ankles,
  Feet,
  Eyes
};
// A health condition a user can list; anything flagged with it is never offered.
enum class Condition {
  DiscInjury,
  Pregnancy,
  RadiatingLegPain,
  RecentInjury,
  WristPain,
  NeckInjury,
  ShoulderInjury,
  KneePain,
  HighBloodPressure,
  Osteoporosis,
  HipReplacement,
  BalanceProblems,
  Glaucoma
};
// What an exercise asks of the body; demands.h says which conditions each rules out.
enum class Demand {
  WeightOnHands,      // hands on the floor carrying the body (all fours)
  Kneeling,           // a knee on the floor
  LyingOnBack,        //
  LyingFaceDown,      //
  ArmsRaised,         // arms at shoulder height or overhead
  HandsBehindHead,    //
  SpinalTwist,        // the trunk turned against the hips
  ForwardBend,        // the back rounded forward: folding over the thighs, knees hugged to the chest
  Backbend,           // the back arched backward
  HeadBelowHeart,     // hanging forward or down
  BreathHolding,      //
  OneLegBalance,      // standing on one leg
  EndRangeStretch,    // a stretch held at the end of the range
  NeckUnderPull,      // a hand adding weight to a neck turn or side bend
  DeepKneeBend,       // a knee bent past a right angle: sitting back on the heels, a heel drawn to the buttock
  Squat,              // knees bent while they carry the body: a squat, a lunge
  DeepHipBend,        // a knee drawn toward the chest
  CrossedLeg,         // a leg crossed over the other, or dropped across the body
  Momentum,           // a limb or the trunk swung
  StrengthEffort,     // muscles worked hard: a squat, a bridge, a press or squeeze held
  WristEndRange,      // the wrist or thumb bent to its end by the other hand or by pressing
  StraightLegStretch  // the back of a straight leg stretched, reaching toward the toes
};
// Micro: a micro-break shown for its seconds (a notification that clears itself).
enum class Outcome { Completed, Partial, Skipped, Snoozed, Natural, Micro };
enum class Weekday { Mon, Tue, Wed, Thu, Fri, Sat, Sun };
enum class Theme { System, Light, Dark };

template <typename E>
struct Names;
template <>
struct Names<Position> {
  static constexpr std::array<std::string_view, 3> list{"sitting", "standing", "floor"};
};
template <>
struct Names<Place> {
  static constexpr std::array<std::string_view, 4> list{"desk", "home", "office", "anywhere"};
};
template <>
struct Names<TimeOfDay> {
  static constexpr std::array<std::string_view, 3> list{"morning", "mid", "evening"};
};
template <>
struct Names<Side> {
  static constexpr std::array<std::string_view, 4> list{"none", "left", "right", "both"};
};
template <>
struct Names<Intensity> {
  static constexpr std::array<std::string_view, 3> list{"gentle", "moderate", "vigorous"};
};
template <>
struct Names<BodyArea> {
  static constexpr std::array<std::string_view, 18> list{
      "neck", "shoulders", "upper-back", "lower-back", "chest", "arms",   "wrists", "hands", "core",
      "hips", "glutes",    "hamstrings", "quads",      "legs",  "calves", "ankles", "feet",  "eyes"};
};
template <>
struct Names<Condition> {
  static constexpr std::array<std::string_view, 13> list{
      "disc-injury",     "pregnancy", "radiating-leg-pain",  "recent-injury", "wrist-pain",      "neck-injury",
      "shoulder-injury", "knee-pain", "high-blood-pressure", "osteoporosis",  "hip-replacement", "balance-problems",
      "glaucoma"};
};
template <>
struct Names<Demand> {
  static constexpr std::array<std::string_view, 22> list{"weight-on-hands",   "kneeling",
                                                         "lying-on-back",     "lying-face-down",
                                                         "arms-raised",       "hands-behind-head",
                                                         "spinal-twist",      "forward-bend",
                                                         "backbend",          "head-below-heart",
                                                         "breath-holding",    "one-leg-balance",
                                                         "end-range-stretch", "neck-under-pull",
                                                         "deep-knee-bend",    "squat",
                                                         "deep-hip-bend",     "crossed-leg",
                                                         "momentum",          "strength-effort",
                                                         "wrist-end-range",   "straight-leg-stretch"};
};
template <>
struct Names<Outcome> {
  static constexpr std::array<std::string_view, 6> list{"completed", "partial", "skipped",
                                                        "snoozed",   "natural", "micro"};
};

template <>
struct Names<Weekday> {
  static constexpr std::array<std::string_view, 7> list{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
};

template <>
struct Names<Theme> {
  static constexpr std::array<std::string_view, 3> list{"system", "light", "dark"};
};

template <typename E>
std::string_view nameOf(E value) {
  return Names<E>::list[static_cast<std::size_t>(value)];
}

template <typename E>
std::optional<E> parseName(std::string_view text) {
  const auto& list = Names<E>::list;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i] == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace limber
