#include "limber/engine.h"

#include "codec.h"
#include "json_reader.h"
#include "limber/pack_loader.h"

namespace limber {

namespace {
std::string error(const std::string& message) { return dumpJson({{"error", message}}); }

// A request from the shell: an object, or an error naming the call.
std::optional<json> parseRequest(const std::string& text, const char* call, std::string& failure) {
  json request = json::parse(text, nullptr, false);
  if (request.is_discarded() || !request.is_object()) {
    failure = error(std::string(call) + ": expected a JSON object as the request");
    return std::nullopt;
  }
  return request;
}

const json& memberOrNull(const json& object, const char* key) {
  static const json null;
  const auto found = object.find(key);
  return found == object.end() ? null : *found;
}

Settings settingsOf(const json& request, Problems& problems) {
  const json& value = memberOrNull(request, "settings");
  if (value.is_null()) return Settings{};
  SettingsRead read = readSettingsValue(value);
  problems.insert(problems.end(), read.problems.begin(), read.problems.end());
  return read.settings;
}

std::string joinProblems(const std::string& source, const Problems& problems) {
  std::string out;
  for (const Problem& problem : problems) {
    if (!out.empty()) out += '\n';
    out += problem.describe(source);
  }
  return out;
}
}  // namespace

std::string Engine::addPack(const std::string& source, const std::string& jsonText) {
  PackLoad load = loadPack(jsonText);
  if (load.pack) load.problems = catalog_.add(*load.pack);
  if (!load.problems.empty()) {
    return dumpJson({{"error", joinProblems(source, load.problems)}, {"problems", toJson(load.problems)}});
  }
  return dumpJson({{"pack", packSummary(catalog_.packs().back())}});
}

std::string Engine::packs() const {
  json list = json::array();
  for (const Pack& pack : catalog_.packs()) list.push_back(packSummary(pack));
  return dumpJson({{"packs", list}});
}

std::string Engine::pack(const std::string& packId) const {
  const Pack* found = catalog_.findPack(packId);
  if (found == nullptr) return error("pack: no pack has the id " + dumpJson(json(packId)));
  return dumpJson({{"pack", toJson(*found)}});
}

std::string Engine::settings(const std::string& settingsJson) const {
  SettingsRead read = readSettings(settingsJson);
  return dumpJson({{"settings", toJson(read.settings)}, {"problems", toJson(read.problems)}});
}

std::string Engine::next(const std::string& requestJson) const {
  std::string failure;
  const auto request = parseRequest(requestJson, "next", failure);
  if (!request) return failure;
  Problems problems;
  const Settings settings = settingsOf(*request, problems);
  Rotation rotation = readRotation(memberOrNull(*request, "rotation"), problems);
  const Exercise* exercise = nextExercise(catalog_.select(filterFor(settings)), rotation);
  if (exercise != nullptr) rotation.markSeen(exercise->id);
  return dumpJson({{"exercise", exercise != nullptr ? toJson(*exercise) : json()},
                   {"rotation", toJson(rotation)},
                   {"problems", toJson(problems)}});
}

std::string Engine::plan(const std::string& requestJson) const {
  std::string failure;
  const auto request = parseRequest(requestJson, "plan", failure);
  if (!request) return failure;
  Problems problems;
  const Settings settings = settingsOf(*request, problems);
  const Rotation rotation = readRotation(memberOrNull(*request, "rotation"), problems);
  const json& first = memberOrNull(*request, "first");
  const Plan plan = planBreak(catalog_, catalog_.select(filterFor(settings)), rotation, settings.breakSeconds,
                              first.is_string() ? first.get_ref<const std::string&>() : std::string());
  return dumpJson({{"plan", toJson(plan)}, {"problems", toJson(problems)}});
}

std::string Engine::finishBreak(const std::string& requestJson) const {
  std::string failure;
  const auto request = parseRequest(requestJson, "finishBreak", failure);
  if (!request) return failure;
  Problems problems;
  Rotation rotation = readRotation(memberOrNull(*request, "rotation"), problems);
  Problems wrong;
  ObjectReader reader(*request, "finishBreak", wrong, {"rotation", "id", "start", "end", "day", "done", "endedEarly"});
  const std::vector<std::string> done = reader.texts("done", Need::Required, 0, 200, 64);
  const bool endedEarly = reader.flag("endedEarly", Need::Required).value_or(false);

  HistoryRecord record;
  record.outcome = (endedEarly || done.empty()) ? Outcome::Partial : Outcome::Completed;
  for (const std::string& id : done) {
    const Exercise* exercise = catalog_.findExercise(id);
    if (exercise == nullptr) {
      wrong.push_back({"finishBreak.done", "\"" + id + "\" is not the id of a loaded exercise"});
      continue;
    }
    record.exercises.push_back(id);
    if (std::find(record.packs.begin(), record.packs.end(), exercise->packId) == record.packs.end()) {
      record.packs.push_back(exercise->packId);
    }
    rotation.markSeen(id);
  }
  json candidate = toJson(record);
  for (const char* key : {"id", "start", "end", "day"}) candidate[key] = memberOrNull(*request, key);
  const auto checked = readRecord(candidate, "finishBreak", wrong);
  if (!wrong.empty() || !checked) return error(joinProblems("", wrong));
  return dumpJson({{"record", toJson(*checked)}, {"rotation", toJson(rotation)}, {"problems", toJson(problems)}});
}

std::string Engine::stats(const std::string& requestJson) const {
  std::string failure;
  const auto request = parseRequest(requestJson, "stats", failure);
  if (!request) return failure;
  const json& today = memberOrNull(*request, "today");
  if (!today.is_string() || !isCalendarDay(today.get_ref<const std::string&>())) {
    return error("stats.today: expected a calendar day such as \"2026-11-22\", got " + describeValue(today));
  }
  const json& history = memberOrNull(*request, "history");
  if (!history.is_array()) return error("stats.history: expected a list of records, got " + describeValue(history));
  Problems problems;
  std::vector<HistoryRecord> records;
  for (std::size_t i = 0; i < history.size(); ++i) {
    if (auto record = readRecord(history[i], itemPath("history", i), problems)) records.push_back(*record);
  }
  const Stats stats = computeStats(records, today.get<std::string>());
  return dumpJson({{"breaksToday", stats.breaksToday},
                   {"secondsToday", stats.secondsToday},
                   {"unreadable", history.size() - records.size()},
                   {"problems", toJson(problems)}});
}

}  // namespace limber
