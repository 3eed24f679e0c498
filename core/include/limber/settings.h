// Settings: what the user chose on the options page, versioned. Reading never
// fails: a field that is missing or wrong falls back to its default, and each
// wrong field is reported so the options page can say so.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "limber/catalog.h"
#include "limber/problem.h"
#include "limber/vocabulary.h"

namespace limber {

constexpr int kSettingsVersion = 1;

struct Settings {
  int breakSeconds = 120;    // how long a guided break runs
  int intervalMinutes = 45;  // time between breaks inside working hours
  int workStart = 9 * 60;    // minute of the local day working hours start
  int workEnd = 18 * 60;     // ... and end (later than workStart)
  std::vector<Weekday> workDays{Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri};
  bool reminders = true;
  bool holdForSound = false;               // no reminder while a tab plays sound (a call, music)
  bool searchBox = true;                   // the new tab's search box (the user's own search engine)
  std::vector<int> snoozeMinutes{10, 30};  // the first is the notification's Snooze
  int skipBudget = 3;                      // skips allowed a day
  int idleMinutes = 5;                     // away this long counts as a natural break
  int dailyGoal = 8;                       // completed breaks a day
  // Micro-breaks: a quiet 20 seconds every microMinutes between the long breaks.
  bool microBreaks = true;
  int microMinutes = 20;
  int microSeconds = 20;
  // At a desk by default, where floor exercises are not offered: so not ticked either.
  std::vector<Position> positions{Position::Sitting, Position::Standing};
  Place place = Place::Desk;  // where the user is: exercises for elsewhere are not offered
  std::vector<std::string> disabledPacks;
  std::vector<BodyArea> focusAreas;  // weigh the order of exercises, exclude nothing
  std::vector<Condition> avoid;      // exercises and packs flagged for these are never offered
  Theme theme = Theme::System;       // light or dark, or as the system says
  bool reduceMotion = false;         // demos wait for a click even if the system does not ask for less motion
  bool changeSound = false;          // a soft tone when a break moves to its next exercise
};

struct SettingsRead {
  Settings settings;
  Problems problems;  // fields that fell back to their defaults, and why
};

SettingsRead readSettings(std::string_view jsonText);

// The filter a user's settings put on the catalog.
Filter filterFor(const Settings& settings);

// "09:30" for minute 570 of the day.
std::string clockText(int minuteOfDay);

}  // namespace limber
