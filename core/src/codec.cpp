#include "codec.h"

#include <algorithm>
#include <cctype>

#include "json_reader.h"
#include "limber/folding.h"

namespace limber {

namespace {
template <typename E>
json names(const std::vector<E>& values) {
  json out = json::array();
  for (E value : values) out.push_back(std::string(nameOf(value)));
  return out;
}

json toJson(const Demo& demo) {
  json out = json::object();
  if (!demo.video.empty()) out["video"] = demo.video;
  if (!demo.poster.empty()) out["poster"] = demo.poster;
  if (!demo.remoteUrl.empty()) out["remoteUrl"] = demo.remoteUrl;
  return out;
}
}  // namespace

json toJson(const Exercise& exercise) {
  // Member by member, as toJson(Stats) says why: every planned exercise goes out whole.
  json::object_t out;
  out.emplace("id", exercise.id);
  out.emplace("name", exercise.name);
  out.emplace("packId", exercise.packId);
  out.emplace("steps", exercise.steps);
  out.emplace("seconds", exercise.seconds);
  out.emplace("position", nameOf(exercise.position));
  out.emplace("side", nameOf(exercise.side));
  out.emplace("bodyAreas", names(exercise.bodyAreas));
  out.emplace("intensity", nameOf(exercise.intensity));
  out.emplace("demands", names(exercise.demands));
  out.emplace("demo", toJson(exercise.demo));
  out.emplace("cautions", exercise.cautions);
  out.emplace("conditions", names(exercise.conditions));
  out.emplace("places", names(exercise.places));
  out.emplace("timesOfDay", names(exercise.timesOfDay));
  if (exercise.reps > 0) out.emplace("reps", exercise.reps);
  if (!exercise.partner.empty()) out.emplace("partner", exercise.partner);
  if (exercise.micro) out.emplace("micro", true);
  return out;
}

json packSummary(const Pack& pack) {
  return {{"id", pack.id},
          {"title", pack.title},
          {"summary", pack.summary},
          {"positions", names(pack.positions)},
          {"places", names(pack.places)},
          {"timesOfDay", names(pack.timesOfDay)},
          {"exerciseCount", pack.exercises.size()}};
}

json toJson(const Pack& pack) {
  json out = packSummary(pack);
  out["whenToUse"] = pack.whenToUse;
  out["whyItHappens"] = pack.whyItHappens;
  out["about"] = pack.about;
  out["skipIf"] = pack.skipIf;
  out["redFlags"] = pack.redFlags;
  out["conditions"] = names(pack.conditions);
  out["whoItIsFor"] = json::array();
  for (const Goal& goal : pack.whoItIsFor) out["whoItIsFor"].push_back({{"goal", goal.goal}, {"reason", goal.reason}});
  out["faq"] = json::array();
  for (const Question& q : pack.faq) out["faq"].push_back({{"question", q.question}, {"answer", q.answer}});
  out["demo"] = toJson(pack.demo);
  out["exercises"] = json::array();
  for (const Exercise& exercise : pack.exercises) out["exercises"].push_back(toJson(exercise));
  return out;
}

namespace {
template <typename Code>
void addPhrase(json& out, const char* key, const Phrase<Code>& phrase, bool names = false) {
  if (phrase.code == Code{}) return;
  // A list of names is one parameter: the shell joins it as its language does.
  out[key] = {{"code", nameOf(phrase.code)}, {"args", names ? json::array({phrase.args}) : json(phrase.args)}};
}
}  // namespace

json toJson(const Problems& problems) {
  json out = json::array();
  for (const Problem& problem : problems) {
    json entry = {{"path", problem.path}, {"code", nameOf(problem.issue)}};
    addPhrase(entry, "expected", problem.expected, listsNames(problem.expected.code));
    addPhrase(entry, "found", problem.found);
    if (!problem.args.empty()) entry["args"] = problem.args;
    out.push_back(std::move(entry));
  }
  return out;
}

json toJson(const Settings& settings) {
  return {{"version", kSettingsVersion},
          {"breakSeconds", settings.breakSeconds},
          {"intervalMinutes", settings.intervalMinutes},
          {"workStart", clockText(settings.workStart)},
          {"workEnd", clockText(settings.workEnd)},
          {"workDays", names(settings.workDays)},
          {"reminders", settings.reminders},
          {"holdForSound", settings.holdForSound},
          {"searchBox", settings.searchBox},
          {"snoozeMinutes", settings.snoozeMinutes},
          {"skipBudget", settings.skipBudget},
          {"idleMinutes", settings.idleMinutes},
          {"dailyGoal", settings.dailyGoal},
          {"microBreaks", settings.microBreaks},
          {"microMinutes", settings.microMinutes},
          {"microSeconds", settings.microSeconds},
          {"positions", names(settings.positions)},
          {"place", std::string(nameOf(settings.place))},
          {"disabledPacks", settings.disabledPacks},
          {"focusAreas", names(settings.focusAreas)},
          {"avoid", names(settings.avoid)},
          {"theme", std::string(nameOf(settings.theme))},
          {"reduceMotion", settings.reduceMotion},
          {"changeSound", settings.changeSound}};
}

json toJson(const Rotation& rotation) {
  json seen = json::object();
  for (const auto& [id, entry] : rotation.seen) seen[id] = {entry.count, entry.at};
  return {{"version", 2}, {"clock", rotation.clock}, {"seen", seen}};
}

json toJson(const HistoryRecord& record) {
  json out = {{"version", kHistoryVersion},
              {"id", record.id},
              {"start", record.start},
              {"end", record.end},
              {"day", record.day},
              {"outcome", std::string(nameOf(record.outcome))},
              {"exercises", record.exercises},
              {"packs", record.packs}};
  if (!record.device.empty()) out["device"] = record.device;
  return out;
}

json toJson(const Plan& plan) {
  json items = json::array();
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const PlannedExercise& item = plan.items[i];
    json entry = toJson(*item.exercise);
    entry["seconds"] = item.seconds;
    if (item.switchSides) entry["switchSides"] = true;
    if (i + 1 < plan.items.size()) entry["upNext"] = plan.items[i + 1].exercise->name;
    items.push_back(std::move(entry));
  }
  json::object_t out;
  out.emplace("exercises", std::move(items));  // an initializer list would copy every exercise
  out.emplace("totalSeconds", plan.totalSeconds);
  out.emplace("getReadySeconds", plan.getReadySeconds);
  return out;
}

Rotation readRotation(const json& value, Problems& problems) {
  Rotation rotation;
  if (value.is_null()) return rotation;
  Problems found;
  // Version 1 kept only when each exercise was last seen; it reads as seen once.
  const bool v1 = value.is_object() && value.contains("lastSeen");
  const char* mapKey = v1 ? "lastSeen" : "seen";
  ObjectReader reader(value, "rotation", found, {"version", "clock", mapKey});
  reader.wholeNumber("version", Need::Required, v1 ? 1 : 2, v1 ? 1 : 2, expect(Expected::Version, v1 ? 1 : 2));
  const auto clock = reader.wholeNumber("clock", Need::Required, 0, 1LL << 52, Expected::WholeNumber);
  const json* seen = reader.member(mapKey, Need::Required, expect(Expected::Object));
  if (seen != nullptr && seen->is_object() && clock) {
    rotation.clock = static_cast<std::uint64_t>(*clock);
    for (const auto& item : seen->items()) {
      const json& entry = item.value();
      Seen parsed;
      bool ok = false;
      if (v1 && entry.is_number_unsigned()) {
        parsed = Seen{1, entry.get<std::uint64_t>()};
        ok = true;
      } else if (!v1 && entry.is_array() && entry.size() == 2 && entry[0].is_number_unsigned() &&
                 entry[1].is_number_unsigned() && entry[0].get<std::uint64_t>() < (1ULL << 31)) {
        parsed = Seen{entry[0].get<std::uint32_t>(), entry[1].get<std::uint64_t>()};
        ok = true;
      }
      if (!ok || parsed.at > rotation.clock) {
        found.push_back(
            wrongValue(memberPath(std::string("rotation.") + mapKey, item.key()), expect(Expected::SeenEntry), entry));
        continue;
      }
      rotation.seen[item.key()] = parsed;
    }
  } else if (seen != nullptr) {
    found.push_back(wrongValue(std::string("rotation.") + mapKey, expect(Expected::Object), *seen));
  }
  if (!found.empty()) {
    problems.insert(problems.end(), found.begin(), found.end());
    return Rotation{};
  }
  return rotation;
}

json toJson(const ScheduleState& state) {
  json out = {{"version", 1},
              {"lastBreakEnd", state.lastBreakEnd},
              {"snoozedUntil", state.snoozedUntil},
              {"activityDay", state.activityDay},
              {"firstActivity", state.firstActivity},
              {"skipsDay", state.skipsDay},
              {"skipsUsed", state.skipsUsed},
              {"idleSince", state.idleSince},
              {"pausedUntil", state.pausedUntil},
              {"heldAt", state.heldAt},
              {"microAt", state.microAt},
              {"microEnd", state.microEnd}};
  if (!state.microExercise.empty()) out["microExercise"] = state.microExercise;
  if (state.breakUntil != 0) out["breakUntil"] = state.breakUntil;
  return out;
}

json toJson(const Schedule& schedule) {
  static constexpr const char* statuses[] = {"off", "outside-hours", "waiting", "snoozed",
                                             "due", "paused",        "held",    "in-break"};
  json out = {{"day", schedule.day},
              {"status", statuses[static_cast<int>(schedule.status)]},
              {"dueAt", schedule.dueAt},
              {"minutesLeft", schedule.minutesLeft},
              {"skipsLeft", schedule.skipsLeft}};
  if (schedule.status == ScheduleStatus::OutsideHours) {
    out["nextStart"] = {{"utc", schedule.nextStartUtc},
                        {"weekday", std::string(nameOf(schedule.nextStartDay))},
                        {"time", clockText(schedule.nextStartMinute)}};
  }
  if (schedule.status == ScheduleStatus::Paused) out["pausedUntil"] = schedule.pausedUntil;
  static constexpr const char* micro[] = {"", "waiting", "due", "held", "showing"};
  if (schedule.micro != MicroStatus::None) {
    out["micro"] = {{"status", micro[static_cast<int>(schedule.micro)]}, {"at", schedule.microAt}};
    if (schedule.microEndsAt != 0) out["micro"]["endsAt"] = schedule.microEndsAt;
  }
  return out;
}

ScheduleState readScheduleState(const json& value, Problems& problems) {
  ScheduleState state;
  if (value.is_null()) return state;
  Problems found;
  ObjectReader reader(
      value, "state", found,
      {"version", "lastBreakEnd", "snoozedUntil", "activityDay", "firstActivity", "skipsDay", "skipsUsed", "idleSince",
       "pausedUntil", "heldAt", "microAt", "microEnd", "microExercise", "breakUntil"});
  constexpr long long kMaxTime = 1LL << 52;
  reader.wholeNumber("version", Need::Required, 1, 1, expect(Expected::Version, 1));
  const auto time = [&](const char* key, std::int64_t& target) {
    target = reader.wholeNumber(key, Need::Optional, 0, kMaxTime, expect(Expected::UtcTime)).value_or(0);
  };
  time("lastBreakEnd", state.lastBreakEnd);
  time("snoozedUntil", state.snoozedUntil);
  time("firstActivity", state.firstActivity);
  time("idleSince", state.idleSince);
  time("pausedUntil", state.pausedUntil);
  time("heldAt", state.heldAt);
  time("microAt", state.microAt);
  time("microEnd", state.microEnd);
  time("breakUntil", state.breakUntil);
  state.microExercise = reader.text("microExercise", Need::Optional, 64);
  for (auto [key, target] : {std::pair{"activityDay", &state.activityDay}, std::pair{"skipsDay", &state.skipsDay}}) {
    const json* day = reader.member(key, Need::Optional);
    if (day == nullptr || (day->is_string() && day->get_ref<const std::string&>().empty())) continue;
    if (day->is_string() && isCalendarDay(day->get_ref<const std::string&>())) {
      *target = day->get<std::string>();
    } else {
      reader.wrong(reader.pathOf(key), expect(Expected::CalendarDay), *day);
    }
  }
  state.skipsUsed =
      static_cast<int>(reader.wholeNumber("skipsUsed", Need::Optional, 0, 1000, Expected::WholeNumber).value_or(0));
  problems.insert(problems.end(), found.begin(), found.end());
  return state;
}

json toJson(const DayTotals& t) {
  json out = json::array({t.completed, t.partial, t.skipped, t.snoozed, t.natural, t.seconds});
  // Days without micro-breaks keep the six counts earlier versions read.
  if (t.micro > 0) out.push_back(t.micro);
  return out;
}

std::optional<DayTotals> readDayTotals(const json& value) {
  if (!value.is_array() || value.size() < 6 || value.size() > 7) return std::nullopt;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::uint64_t most = i == 5 ? kMaxSeconds : kMaxCount;
    if (!value[i].is_number_unsigned() || value[i].get<std::uint64_t>() > most) return std::nullopt;
  }
  DayTotals t;
  t.completed = value[0].get<int>();
  t.partial = value[1].get<int>();
  t.skipped = value[2].get<int>();
  t.snoozed = value[3].get<int>();
  t.natural = value[4].get<int>();
  t.seconds = value[5].get<std::int64_t>();
  if (value.size() == 7) t.micro = value[6].get<int>();
  return t;
}

// Exercise and pack ids are written once, in "ids", and counted by their index
// there ([index, count, index, count, ...]): ten years of months stay small.
json toJson(const Folded& folded) {
  std::map<std::string, std::size_t> index;
  for (const auto& [month, totals] : folded.months) {
    for (const auto& [id, count] : totals.exercises) index.emplace(id, 0);
    for (const auto& [id, count] : totals.packs) index.emplace(id, 0);
  }
  json ids = json::array();
  for (auto& [id, position] : index) {
    position = ids.size();
    ids.push_back(id);
  }
  const auto counts = [&](const std::map<std::string, int>& map) {
    json out = json::array();
    for (const auto& [id, count] : map) {
      out.push_back(index[id]);
      out.push_back(count);
    }
    return out;
  };
  json months = json::object();
  for (const auto& [month, totals] : folded.months) {
    json days = json::object();
    for (const auto& [day, t] : totals.days) days[std::to_string(day)] = toJson(t);
    months[month] = {{"days", days}, {"exercises", counts(totals.exercises)}, {"packs", counts(totals.packs)}};
  }
  json out = {{"version", 1}, {"ids", ids}, {"months", months}};
  if (!folded.counted.empty()) out["counted"] = folded.counted;
  return out;
}

namespace {
bool readCounts(const json& value, const std::vector<std::string>& ids, std::map<std::string, int>& out) {
  if (!value.is_array() || value.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < value.size(); i += 2) {
    const json& at = value[i];
    const json& count = value[i + 1];
    if (!at.is_number_unsigned() || at.get<std::uint64_t>() >= ids.size() || !count.is_number_unsigned() ||
        count.get<std::uint64_t>() > kMaxCount) {
      return false;
    }
    int& sum = out[ids[at.get<std::size_t>()]];
    sum = addCount(sum, count.get<int>());
  }
  return true;
}

std::optional<FoldedMonth> readMonth(const std::string& month, const json& value, const std::vector<std::string>& ids) {
  if (!isCalendarDay(month + "-01") || !value.is_object()) return std::nullopt;
  FoldedMonth out;
  const auto days = value.find("days");
  if (days == value.end() || !days->is_object()) return std::nullopt;
  for (const auto& item : days->items()) {
    const std::string& key = item.key();
    const bool digits = !key.empty() && key.size() <= 2 &&
                        std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) return std::nullopt;
    const int day = key.size() == 1 ? key[0] - '0' : (key[0] - '0') * 10 + (key[1] - '0');
    char text[3] = {static_cast<char>('0' + day / 10), static_cast<char>('0' + day % 10), 0};
    const auto totals = readDayTotals(item.value());
    if (!totals || !isCalendarDay(month + "-" + text)) return std::nullopt;
    out.days[day] = *totals;
  }
  const auto exercises = value.find("exercises");
  const auto packs = value.find("packs");
  if (exercises == value.end() || packs == value.end() || !readCounts(*exercises, ids, out.exercises) ||
      !readCounts(*packs, ids, out.packs)) {
    return std::nullopt;
  }
  return out;
}
}  // namespace

Folded readFolded(const json& value, const std::string& path, Problems& problems) {
  Folded folded;
  if (value.is_null()) return folded;
  ObjectReader reader(value, path, problems, {"version", "ids", "months", "counted"});
  reader.wholeNumber("version", Need::Required, 1, 1, expect(Expected::Version, 1));
  const std::vector<std::string> ids = reader.texts("ids", Need::Required, 0, 100000, 64);
  for (std::string& id : reader.texts("counted", Need::Optional, 0, 100000, 64)) folded.counted.insert(id);
  const json* months = reader.member("months", Need::Required, expect(Expected::Object));
  if (months == nullptr) return folded;
  if (!months->is_object()) {
    reader.wrong(reader.pathOf("months"), expect(Expected::Object), *months);
    return folded;
  }
  for (const auto& item : months->items()) {
    if (auto month = readMonth(item.key(), item.value(), ids)) {
      folded.months[item.key()] = std::move(*month);
    } else {
      reader.wrong(memberPath(reader.pathOf("months"), item.key()), expect(Expected::FoldedMonth), item.value());
    }
  }
  return folded;
}

json toJson(const DeviceDays& days) {
  json out = json::object();
  for (const auto& [day, totals] : days) out[day] = toJson(totals);
  return out;
}

DeviceSummary readDeviceSummary(const json& value, const std::string& path, Problems& problems) {
  DeviceSummary out;
  ObjectReader reader(value, path, problems, {"version", "device", "updated", "days"});
  reader.wholeNumber("version", Need::Required, 1, 1, expect(Expected::Version, 1));
  out.device = reader.text("device", Need::Optional, 64);
  out.updated = reader.wholeNumber("updated", Need::Optional, 0, 1LL << 52, expect(Expected::UtcTime)).value_or(0);
  const json* days = reader.member("days", Need::Required, expect(Expected::Object));
  if (days == nullptr || !days->is_object()) return out;
  for (const auto& item : days->items()) {
    const auto totals = readDayTotals(item.value());
    if (totals && isCalendarDay(item.key())) {
      out.days[item.key()] = *totals;
    } else {
      reader.wrong(memberPath(reader.pathOf("days"), item.key()), expect(Expected::DayCounts), item.value());
    }
  }
  return out;
}

json toJson(const Stats& stats) {
  // Member by member: nlohmann's initializer lists build a two-element array for
  // each member first, which was a third of a stats call, natively and in wasm.
  const auto counts = [](const std::vector<Count>& list) {
    json::array_t out;
    out.reserve(list.size());
    for (const Count& c : list) {
      json::object_t count;
      count.emplace("id", c.id);
      count.emplace("count", c.count);
      out.emplace_back(std::move(count));
    }
    return out;
  };
  const auto totals = [](const DayTotals& t) {
    json::object_t out;
    out.emplace("completed", t.completed);
    out.emplace("partial", t.partial);
    out.emplace("skipped", t.skipped);
    out.emplace("snoozed", t.snoozed);
    out.emplace("natural", t.natural);
    out.emplace("micro", t.micro);
    out.emplace("minutes", t.seconds / 60);
    return out;
  };
  json::array_t days;
  days.reserve(stats.days.size());
  for (const DayPoint& point : stats.days) {
    json::object_t day;
    day.emplace("day", point.day);
    day.emplace("completed", point.completed);
    day.emplace("partial", point.partial);
    day.emplace("skipped", point.skipped);
    day.emplace("minutes", point.seconds / 60);
    days.emplace_back(std::move(day));
  }
  json::object_t out;
  out.emplace("today", totals(stats.today));
  out.emplace("goal", stats.goal);
  out.emplace("currentStreak", stats.currentStreak);
  out.emplace("longestStreak", stats.longestStreak);
  out.emplace("last7", totals(stats.last7));
  out.emplace("last30", totals(stats.last30));
  out.emplace("days", std::move(days));
  out.emplace("total", totals(stats.total));
  out.emplace("exercises", counts(stats.exercises));
  out.emplace("packs", counts(stats.packs));
  return out;
}

json toJson(const Backup& backup) {
  json records = json::array();
  for (const HistoryRecord& record : backup.records) records.push_back(toJson(record));
  return {{"format", "limber-backup"},
          {"version", kBackupVersion},
          {"settings", toJson(backup.settings)},
          {"history", records},
          {"folded", toJson(backup.folded)}};
}

std::optional<Backup> readBackup(const json& value, Problems& problems) {
  const std::size_t before = problems.size();
  Backup backup;
  ObjectReader reader(value, "", problems, {"format", "version", "exportedAt", "settings", "history", "folded"});
  if (!reader.isObject()) return std::nullopt;
  const json* format = reader.member("format", Need::Required, expect(Expected::BackupFormat));
  if (format != nullptr && *format != "limber-backup") reader.wrong("format", expect(Expected::BackupFormat), *format);
  reader.wholeNumber("version", Need::Required, 1, kBackupVersion, expect(Expected::Version, kBackupVersion));
  if (const json* settings = reader.member("settings", Need::Required, expect(Expected::Object))) {
    SettingsRead read = readSettingsValue(*settings);
    backup.settings = read.settings;
    backup.settingsProblems = std::move(read.problems);
  }
  if (const json* history = reader.member("history", Need::Required, expect(Expected::Records))) {
    if (!history->is_array()) {
      reader.wrong("history", expect(Expected::Records), *history);
    } else {
      for (std::size_t i = 0; i < history->size(); ++i) {
        if (auto record = readRecord((*history)[i], itemPath("history", i), problems)) {
          backup.records.push_back(std::move(*record));
        }
        if (problems.size() - before > 20) break;  // enough to say what is wrong
      }
    }
  }
  if (const json* folded = reader.member("folded", Need::Optional)) {
    backup.folded = readFolded(*folded, "folded", problems);
  }
  if (problems.size() != before) return std::nullopt;
  return backup;
}

std::optional<Moment> readMoment(const json& value, const std::string& path, Problems& problems) {
  const std::size_t before = problems.size();
  ObjectReader reader(value, path, problems, {"utc", "offset", "ahead"});
  const auto utc = reader.wholeNumber("utc", Need::Required, 0, 1LL << 52, expect(Expected::UtcTime));
  const auto offset = reader.wholeNumber("offset", Need::Required, -14 * 60, 14 * 60, Expected::UtcOffset);
  Moment moment{utc.value_or(0), static_cast<int>(offset.value_or(0))};
  const json* ahead = reader.member("ahead", Need::Optional);
  for (std::size_t i = 0; ahead != nullptr && ahead->is_array() && i < ahead->size() && i < moment.ahead.size(); ++i) {
    const json& day = (*ahead)[i];
    if (!day.is_number_integer() || day.get<long long>() < -14 * 60 || day.get<long long>() > 14 * 60) {
      reader.wrong(itemPath(reader.pathOf("ahead"), i), expect(Expected::UtcOffset, -14 * 60, 14 * 60), day);
      break;
    }
    moment.ahead[i] = static_cast<std::int16_t>(day.get<int>());
    moment.aheadDays = static_cast<int>(i) + 1;
  }
  if (problems.size() != before || !utc || !offset) return std::nullopt;
  return moment;
}

std::optional<HistoryRecord> readRecord(const json& value, const std::string& path, Problems& problems) {
  const std::size_t before = problems.size();
  if (value.is_object() && value.contains("version") && value["version"].is_number_integer() &&
      value["version"].get<long long>() > kHistoryVersion) {
    problems.push_back(problemAt(path + ".version", Issue::NewerHistory, {dumpJson(value["version"])}));
    return std::nullopt;
  }
  ObjectReader reader(value, path, problems,
                      {"version", "id", "start", "end", "day", "outcome", "exercises", "packs", "device"});
  HistoryRecord record;
  reader.wholeNumber("version", Need::Required, 1, kHistoryVersion, expect(Expected::Version, kHistoryVersion));
  record.id = reader.text("id", Need::Required, 64);
  constexpr long long kMaxTime = 1LL << 52;
  record.start = reader.wholeNumber("start", Need::Required, 0, kMaxTime, expect(Expected::UtcTime)).value_or(0);
  record.end = reader.wholeNumber("end", Need::Required, 0, kMaxTime, expect(Expected::UtcTime)).value_or(0);
  record.day = reader.text("day", Need::Required, 10);
  if (!record.day.empty() && !isCalendarDay(record.day)) {
    reader.wrong(reader.pathOf("day"), expect(Expected::CalendarDay), json(record.day));
  }
  record.outcome = reader.choice<Outcome>("outcome", Need::Required).value_or(Outcome::Completed);
  record.exercises = reader.texts("exercises", Need::Required, 0, 200, 64);
  record.packs = reader.texts("packs", Need::Required, 0, 200, 64);
  record.device = reader.text("device", Need::Optional, 64);
  if (reader.isObject() && record.end < record.start) {
    reader.report(reader.pathOf("end"), Issue::BeforeStart);
  }
  if (problems.size() != before) return std::nullopt;
  return record;
}

}  // namespace limber
