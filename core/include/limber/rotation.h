// Rotation: how often and how recently each exercise has come up (shown on a new
// tab or done in a break), and the order that follows from it: the least often
// seen first, so that over any run of picks no exercise comes up more than once
// ahead of another; within that, what the user's focus areas and the time of day
// prefer, then the least recently seen, then a seeded, deterministic shuffle.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "limber/pack.h"

namespace limber {

struct Seen {
  std::uint32_t count = 0;
  std::uint64_t at = 0;  // the rotation clock when it last came up
};

struct Rotation {
  std::uint64_t clock = 0;  // advances by one each time an exercise comes up
  std::map<std::string, Seen, std::less<>> seen;

  void markSeen(const std::string& exerciseId);
  std::string lastSeen() const;  // the id that came up most recently, "" when none
  // Gives every eligible exercise the rotation has not met yet the count of the
  // least seen one, so a newly added exercise joins the rotation instead of
  // coming up again and again until it has caught up.
  void enroll(const std::vector<const Exercise*>& eligible);
  // What each eligible exercise counts as, in their order: as seen, or as
  // enroll() would enter it (with the count of the least seen eligible one).
  std::vector<Seen> enrolled(const std::vector<const Exercise*>& eligible) const;
};

// What weighs the order without excluding anything.
struct Preference {
  TimeOfDay timeOfDay = TimeOfDay::Mid;
  std::vector<BodyArea> focusAreas;
  std::uint32_t seed = 0;
};

// The time-of-day tag of a local minute: morning before 11:00, evening from 17:00.
TimeOfDay timeOfDayAt(int minuteOfDay);

// The eligible exercises in the order they should come up. The exercise seen
// last never leads while another is eligible, so nothing comes twice in a row.
std::vector<const Exercise*> rotationOrder(const std::vector<const Exercise*>& eligible, const Rotation& rotation,
                                           const Preference& preference);

// The exercise a new tab shows next, or nullptr when nothing is eligible.
const Exercise* nextExercise(const std::vector<const Exercise*>& eligible, const Rotation& rotation,
                             const Preference& preference);

}  // namespace limber
