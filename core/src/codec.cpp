#include "codec.h"

#include "json_reader.h"

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

std::string dumpJson(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

json toJson(const Exercise& exercise) {
  json out = {{"id", exercise.id},
              {"name", exercise.name},
              {"packId", exercise.packId},
              {"steps", exercise.steps},
              {"seconds", exercise.seconds},
              {"position", std::string(nameOf(exercise.position))},
              {"side", std::string(nameOf(exercise.side))},
              {"bodyAreas", names(exercise.bodyAreas)},
              {"intensity", std::string(nameOf(exercise.intensity))},
              {"demo", toJson(exercise.demo)},
              {"cautions", exercise.cautions},
              {"conditions", names(exercise.conditions)},
              {"places", names(exercise.places)},
              {"timesOfDay", names(exercise.timesOfDay)}};
  if (exercise.reps > 0) out["reps"] = exercise.reps;
  if (!exercise.partner.empty()) out["partner"] = exercise.partner;
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

json toJson(const Problems& problems) {
  json out = json::array();
  for (const Problem& problem : problems) out.push_back({{"path", problem.path}, {"message", problem.message}});
  return out;
}

json toJson(const Settings& settings) {
  return {{"version", kSettingsVersion},
          {"breakSeconds", settings.breakSeconds},
          {"positions", names(settings.positions)},
          {"avoid", names(settings.avoid)}};
}

json toJson(const Rotation& rotation) {
  json seen = json::object();
  for (const auto& [id, at] : rotation.lastSeen) seen[id] = at;
  return {{"version", 1}, {"clock", rotation.clock}, {"lastSeen", seen}};
}

json toJson(const HistoryRecord& record) {
  return {{"version", kHistoryVersion},
          {"id", record.id},
          {"start", record.start},
          {"end", record.end},
          {"day", record.day},
          {"outcome", std::string(nameOf(record.outcome))},
          {"exercises", record.exercises},
          {"packs", record.packs}};
}

json toJson(const Plan& plan) {
  json items = json::array();
  for (const PlannedExercise& item : plan.items) {
    json entry = toJson(*item.exercise);
    entry["seconds"] = item.seconds;
    items.push_back(std::move(entry));
  }
  return {{"exercises", items}, {"totalSeconds", plan.totalSeconds}};
}

Rotation readRotation(const json& value, Problems& problems) {
  Rotation rotation;
  if (value.is_null()) return rotation;
  Problems found;
  ObjectReader reader(value, "rotation", found, {"version", "clock", "lastSeen"});
  reader.wholeNumber("version", Need::Required, 1, 1, "1");
  const auto clock = reader.wholeNumber("clock", Need::Required, 0, 1LL << 52, "a whole number");
  const json* seen = reader.member("lastSeen", Need::Required, "an object");
  if (seen != nullptr && seen->is_object() && clock) {
    rotation.clock = static_cast<std::uint64_t>(*clock);
    for (const auto& item : seen->items()) {
      if (!item.value().is_number_unsigned() || item.value().get<std::uint64_t>() > rotation.clock) {
        found.push_back({memberPath("rotation.lastSeen", item.key()), "expected a whole number up to the clock"});
        continue;
      }
      rotation.lastSeen[item.key()] = item.value().get<std::uint64_t>();
    }
  } else if (seen != nullptr) {
    found.push_back({"rotation.lastSeen", "expected an object, got " + describeValue(*seen)});
  }
  if (!found.empty()) {
    for (Problem& problem : found) problem.message += "; the rotation starts afresh";
    problems.insert(problems.end(), found.begin(), found.end());
    return Rotation{};
  }
  return rotation;
}

std::optional<HistoryRecord> readRecord(const json& value, const std::string& path, Problems& problems) {
  const std::size_t before = problems.size();
  ObjectReader reader(value, path, problems,
                      {"version", "id", "start", "end", "day", "outcome", "exercises", "packs"});
  HistoryRecord record;
  reader.wholeNumber("version", Need::Required, 1, kHistoryVersion, "a history version this Limber reads");
  record.id = reader.text("id", Need::Required, 64);
  constexpr long long kMaxTime = 1LL << 52;
  record.start = reader.wholeNumber("start", Need::Required, 0, kMaxTime, "a time in UTC milliseconds").value_or(0);
  record.end = reader.wholeNumber("end", Need::Required, 0, kMaxTime, "a time in UTC milliseconds").value_or(0);
  record.day = reader.text("day", Need::Required, 10);
  if (!record.day.empty() && !isCalendarDay(record.day)) {
    reader.report(reader.pathOf("day"), "expected a calendar day such as \"2026-11-22\", got " +
                                            describeValue(json(record.day)));
  }
  record.outcome = reader.choice<Outcome>("outcome", Need::Required).value_or(Outcome::Completed);
  record.exercises = reader.texts("exercises", Need::Required, 0, 200, 64);
  record.packs = reader.texts("packs", Need::Required, 0, 200, 64);
  if (reader.isObject() && record.end < record.start) {
    reader.report(reader.pathOf("end"), "expected a time at or after start");
  }
  if (problems.size() != before) return std::nullopt;
  return record;
}

}  // namespace limber
