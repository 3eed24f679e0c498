// Internal: the JSON shapes the engine takes and gives for the core's types.
// Reading is forgiving where the data is the user's (a bad field is reported and
// the rest kept) and strict where it is a request from the shell.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "json_text.h"
#include "limber/backup.h"
#include "limber/history.h"
#include "limber/pack.h"
#include "limber/planner.h"
#include "limber/problem.h"
#include "limber/rotation.h"
#include "limber/schedule.h"
#include "limber/settings.h"
#include "limber/stats.h"

namespace limber {

using nlohmann::json;

json toJson(const Exercise& exercise);
json toJson(const Pack& pack);
json packSummary(const Pack& pack);
json toJson(const Problems& problems);
json toJson(const Settings& settings);
json toJson(const Rotation& rotation);
json toJson(const HistoryRecord& record);
json toJson(const Plan& plan);
json toJson(const ScheduleState& state);
// [completed, partial, skipped, snoozed, natural, seconds], and micro-breaks after them when there are any
json toJson(const DayTotals& totals);
json toJson(const Folded& folded);
json toJson(const DeviceDays& days);
json toJson(const Stats& stats);
inline std::string codecStatsJson(const Stats& stats) { return toJson(stats).dump(); }
json toJson(const Backup& backup);
json toJson(const Schedule& schedule);

SettingsRead readSettingsValue(const json& value);
// An unreadable rotation starts afresh: it only orders what is shown.
Rotation readRotation(const json& value, Problems& problems);
std::optional<DayTotals> readDayTotals(const json& value);
// Months that cannot be read are reported and left out.
Folded readFolded(const json& value, const std::string& path, Problems& problems);
DeviceSummary readDeviceSummary(const json& value, const std::string& path, Problems& problems);
std::optional<Backup> readBackup(const json& value, Problems& problems);
ScheduleState readScheduleState(const json& value, Problems& problems);
// {"utc": ms, "offset": minutes}: the time as the browser gives it.
std::optional<Moment> readMoment(const json& value, const std::string& path, Problems& problems);
std::optional<HistoryRecord> readRecord(const json& value, const std::string& path, Problems& problems);

}  // namespace limber
