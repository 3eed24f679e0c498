#include "limber/settings.h"

#include <algorithm>

#include "codec.h"
#include "json_reader.h"

namespace limber {

namespace {
// "09:30" -> 570; nullopt unless it is a real time of day.
std::optional<int> parseClock(const json& value) {
  if (!value.is_string()) return std::nullopt;
  const auto& text = value.get_ref<const std::string&>();
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) return std::nullopt;
  return hours * 60 + minutes;
}

// A list field is replaced only when all of it can be read.
template <typename E>
void readChoices(ObjectReader& reader, Problems& found, std::string_view key, std::size_t minItems,
                 std::vector<E>& target) {
  if (reader.member(key, Need::Optional) == nullptr) return;
  const std::size_t before = found.size();
  auto values = reader.choices<E>(key, Need::Optional, minItems);
  if (found.size() == before) target = std::move(values);
}
}  // namespace

std::string clockText(int minuteOfDay) {
  const int hours = minuteOfDay / 60;
  const int minutes = minuteOfDay % 60;
  return std::string{static_cast<char>('0' + hours / 10), static_cast<char>('0' + hours % 10), ':',
                     static_cast<char>('0' + minutes / 10), static_cast<char>('0' + minutes % 10)};
}

SettingsRead readSettings(std::string_view jsonText) {
  const json document = parseJson(jsonText);
  if (document.is_discarded()) {
    SettingsRead result;
    result.problems.push_back(problemAt("settings", Issue::NotJson));
    return result;
  }
  return readSettingsValue(document);
}

SettingsRead readSettingsValue(const json& document) {
  SettingsRead result;
  Settings& s = result.settings;
  Problems& found = result.problems;
  ObjectReader reader(
      document, "settings", found,
      {"version",       "breakSeconds", "intervalMinutes", "workStart",     "workEnd",      "workDays",
       "reminders",     "holdForSound", "searchBox",       "snoozeMinutes", "skipBudget",   "idleMinutes",
       "dailyGoal",     "microBreaks",  "microMinutes",    "microSeconds",  "positions",    "place",
       "disabledPacks", "focusAreas",   "avoid",           "theme",         "reduceMotion", "changeSound"});
  reader.wholeNumber("version", Need::Optional, 1, kSettingsVersion, expect(Expected::Version, kSettingsVersion));
  const auto number = [&](std::string_view key, int& target, int min, int max, Expected what) {
    target = static_cast<int>(reader.wholeNumber(key, Need::Optional, min, max, what).value_or(target));
  };
  number("breakSeconds", s.breakSeconds, 30, 900, Expected::BreakSeconds);
  number("intervalMinutes", s.intervalMinutes, 10, 240, Expected::IntervalMinutes);
  number("skipBudget", s.skipBudget, 0, 20, Expected::SkipBudget);
  number("idleMinutes", s.idleMinutes, 1, 120, Expected::IdleMinutes);
  number("dailyGoal", s.dailyGoal, 1, 50, Expected::DailyGoal);
  s.microBreaks = reader.flag("microBreaks", Need::Optional).value_or(s.microBreaks);
  number("microMinutes", s.microMinutes, 10, 60, Expected::MicroMinutes);
  number("microSeconds", s.microSeconds, 10, 60, Expected::MicroSeconds);

  std::optional<int> start;
  std::optional<int> end;
  for (auto [key, target] : {std::pair{"workStart", &start}, std::pair{"workEnd", &end}}) {
    if (const json* value = reader.member(key, Need::Optional)) {
      *target = parseClock(*value);
      if (!*target) reader.wrong(reader.pathOf(key), expect(Expected::ClockTime), *value);
    }
  }
  const int newStart = start.value_or(s.workStart);
  const int newEnd = end.value_or(s.workEnd);
  if (newStart < newEnd) {
    s.workStart = newStart;
    s.workEnd = newEnd;
  } else {
    reader.wrong(reader.pathOf("workEnd"), expect(Expected::AfterWorkStart, clockText(newStart)),
                 json(clockText(newEnd)));
  }
  readChoices(reader, found, "workDays", 1, s.workDays);
  s.reminders = reader.flag("reminders", Need::Optional).value_or(s.reminders);
  s.holdForSound = reader.flag("holdForSound", Need::Optional).value_or(s.holdForSound);
  s.searchBox = reader.flag("searchBox", Need::Optional).value_or(s.searchBox);

  if (const json* snooze = reader.member("snoozeMinutes", Need::Optional)) {
    std::vector<int> values;
    bool ok = snooze->is_array() && !snooze->empty() && snooze->size() <= 3;
    for (std::size_t i = 0; ok && i < snooze->size(); ++i) {
      const json& item = (*snooze)[i];
      ok = item.is_number_integer() && item.get<long long>() >= 1 && item.get<long long>() <= 240;
      // Two snooze buttons of one length would be one choice twice.
      ok = ok && std::find(values.begin(), values.end(), item.get<int>()) == values.end();
      if (ok) values.push_back(item.get<int>());
    }
    if (ok)
      s.snoozeMinutes = values;
    else
      reader.wrong(reader.pathOf("snoozeMinutes"), expect(Expected::SnoozeLengths), *snooze);
  }

  readChoices(reader, found, "positions", 1, s.positions);
  s.place = reader.choice<Place>("place", Need::Optional).value_or(s.place);
  s.disabledPacks = reader.texts("disabledPacks", Need::Optional, 0, 100, 64);
  readChoices(reader, found, "focusAreas", 0, s.focusAreas);
  // Unreadable conditions are dropped one by one, the readable ones kept:
  // offering an exercise flagged for a listed condition is the one thing not allowed.
  s.avoid = reader.choices<Condition>("avoid", Need::Optional, 0);
  s.theme = reader.choice<Theme>("theme", Need::Optional).value_or(s.theme);
  s.reduceMotion = reader.flag("reduceMotion", Need::Optional).value_or(s.reduceMotion);
  s.changeSound = reader.flag("changeSound", Need::Optional).value_or(s.changeSound);
  // Settings of a newer Limber: what this version cannot read in them is that
  // version's, not a fault; said once, and kept as it is by the shell.
  const json* version = document.is_object() && document.contains("version") ? &document["version"] : nullptr;
  if (version != nullptr && version->is_number_integer() && version->get<long long>() > kSettingsVersion) {
    found = {problemAt("settings.version", Issue::NewerVersion, {dumpJson(*version)})};
  }
  return result;
}

Filter filterFor(const Settings& settings) {
  Filter filter;
  filter.positions = settings.positions;
  filter.places = {settings.place};
  filter.excludedPackIds = settings.disabledPacks;
  filter.avoid = settings.avoid;
  // Micro-break exercises are the micro-breaks' own while those are on.
  if (settings.microBreaks) filter.micro = false;
  return filter;
}

}  // namespace limber
