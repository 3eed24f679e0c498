// The closed word lists packs, settings and history are written in: positions,
// places, times of day, sides, intensities, body areas, conditions and outcomes.
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
  HighBloodPressure
};
enum class Outcome { Completed, Partial, Skipped, Snoozed, Natural };
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
  static constexpr std::array<std::string_view, 9> list{"disc-injury",     "pregnancy",  "radiating-leg-pain",
                                                        "recent-injury",   "wrist-pain", "neck-injury",
                                                        "shoulder-injury", "knee-pain",  "high-blood-pressure"};
};
template <>
struct Names<Outcome> {
  static constexpr std::array<std::string_view, 5> list{"completed", "partial", "skipped", "snoozed", "natural"};
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
