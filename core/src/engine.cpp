#include "limber/engine.h"

#include <algorithm>
#include <array>

#include "codec.h"
#include "json_reader.h"
#include "limber/folding.h"
#include "limber/pack_loader.h"
#include "limber/stats.h"
#include "request.h"

namespace limber {

namespace {
std::string refusal(Problem problem) { return refusal(Problems{std::move(problem)}); }

// An answer to a request, with the problems its stored values had.
std::string answer(json body, const Request& request) {
  body["problems"] = toJson(request.notes());
  return dumpJson(body);
}

// The schedule after an event, with the event's record when it has one, made on
// the request's device.
std::string eventAnswer(const Settings& settings, ScheduleEvent event, const Moment& now, Request& request) {
  if (event.record) event.record->device = request.text("device", Need::Optional);
  return answer({{"record", event.record ? toJson(*event.record) : json()},
                 {"state", toJson(event.state)},
                 {"schedule", toJson(scheduleAt(settings, event.state, now))}},
                request);
}

// What the shell needs of the organisation's policy: which fields to show locked, what it allows.
json policyBody(const ManagedPolicy& policy, const std::vector<std::string>& packs, const Problems& problems) {
  return {{"policy",
           {{"locked", policy.locked},
            {"skipWelcome", policy.skipWelcome},
            {"customPacks", policy.customPacks},
            {"packs", packs},
            {"problems", toJson(problems)}}}};
}
}  // namespace

std::string Engine::setLanguage(const std::string& language) {
  std::string tag = language;
  std::transform(tag.begin(), tag.end(), tag.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
  std::replace(tag.begin(), tag.end(), '_', '-');  // chrome.i18n says "pt_BR"
  if (!isLanguageTag(tag)) {
    return refusal(wrongValue("setLanguage", expect(Expected::LanguageTag), json(language)));
  }
  language_ = tag;
  return dumpJson({{"language", language_}});
}

// One place that adds a pack's text to the catalog (a user's, or the organisation's
// through its policy), so the wasm module carries the pack reader once.
Problems Engine::add(const std::string& jsonText, bool own, std::vector<std::string>& filled) {
  PackLoad load = loadPack(jsonText, language_, own);
  if (load.pack) load.problems = catalog_.add(std::move(*load.pack));
  filled = std::move(load.filled);
  return std::move(load.problems);
}

std::string Engine::addPack(const std::string& jsonText, bool own) {
  std::vector<std::string> filled;
  const Problems problems = add(jsonText, own, filled);
  if (!problems.empty()) return refusal(problems);
  return dumpJson({{"pack", packSummary(catalog_.packs().back())}, {"filled", filled}});
}

std::string Engine::removePack(const std::string& packId) { return dumpJson({{"removed", catalog_.remove(packId)}}); }

std::string Engine::packs() const {
  json list = json::array();
  for (const Pack& pack : catalog_.packs()) list.push_back(packSummary(pack));
  return dumpJson({{"packs", list}});
}

std::string Engine::pack(const std::string& packId) const {
  const Pack* found = catalog_.findPack(packId);
  if (found == nullptr) return refusal(problemAt("pack", Issue::NoSuchPack, {packId}));
  return dumpJson({{"pack", toJson(*found)}});
}

std::string Engine::settings(const std::string& settingsJson) const {
  SettingsRead read = applyPolicy(policy_, settingsJson);
  json body = policyBody(policy_, companyPacks_, policyProblems_);
  body["settings"] = toJson(read.settings);
  body["problems"] = toJson(read.problems);
  body["refused"] = toJson(nothingToOffer(read.settings));
  return dumpJson(body);
}

std::string Engine::policy(const std::string& managedJson) {
  for (const std::string& id : companyPacks_) catalog_.remove(id);
  companyPacks_.clear();
  PolicyRead read = readPolicy(managedJson);
  std::vector<std::string> filled;
  for (const auto& [i, text] : read.policy.packs) {
    // The organisation's packs are read as a user's own are: what they leave out gets a default.
    Problems problems = add(text, true, filled);
    if (problems.empty()) companyPacks_.push_back(catalog_.packs().back().id);
    for (Problem& problem : problems) {
      const std::string at = itemPath("managed.packs", i);
      problem.path = problem.path.empty() ? at : memberPath(at, problem.path);
      read.problems.push_back(std::move(problem));
    }
  }
  policy_ = std::move(read.policy);
  policyProblems_ = std::move(read.problems);
  return dumpJson(policyBody(policy_, companyPacks_, policyProblems_));
}

// Settings whose choices together leave no exercise, told as the choices that do
// it: each one that, set back alone, would let something be offered again.
Problems Engine::nothingToOffer(const Settings& settings) const {
  const Filter filter = filterFor(settings);
  if (catalog_.packs().empty() || !catalog_.select(filter).empty()) return {};
  std::vector<std::string> culprits;
  const auto frees = [&](auto relax, std::string_view field) {
    Filter relaxed = filter;
    relax(relaxed);
    if (!catalog_.select(relaxed).empty()) culprits.emplace_back(field);
  };
  frees([](Filter& f) { f.excludedPackIds.clear(); }, "disabledPacks");
  frees([](Filter& f) { f.positions.clear(); }, "positions");
  frees([](Filter& f) { f.places.clear(); }, "place");
  frees([](Filter& f) { f.avoid.clear(); }, "avoid");
  if (culprits.empty()) {  // no one choice alone: every one that narrows the choice at all
    if (!filter.excludedPackIds.empty()) culprits.emplace_back("disabledPacks");
    if (filter.positions.size() < Names<Position>::list.size()) culprits.emplace_back("positions");
    if (settings.place != Place::Anywhere) culprits.emplace_back("place");
    if (!filter.avoid.empty()) culprits.emplace_back("avoid");
  }
  return {problemAt("settings", Issue::NothingToOffer, std::move(culprits))};
}

std::string Engine::withheld(const std::string& requestJson) const {
  Request request(requestJson, "withheld", {"settings"});
  const Settings settings = request.settings();
  if (request.failed()) return request.errorJson();
  const auto packs = [](const std::vector<std::pair<const Pack*, std::size_t>>& counts, bool withCounts) {
    json list = json::array();
    std::size_t total = 0;
    for (const auto& [pack, count] : counts) {
      list.push_back(withCounts ? json{{"id", pack->id}, {"exercises", count}} : json(pack->id));
      total += count;
    }
    return json{{"exercises", total}, {"packs", list}};
  };
  json conditions = json::array();
  for (std::size_t i = 0; i < Names<Condition>::list.size(); ++i) {
    const auto counts = catalog_.withheld({static_cast<Condition>(i)});
    if (counts.empty()) continue;
    json entry = packs(counts, false);
    entry["condition"] = Names<Condition>::list[i];
    conditions.push_back(std::move(entry));
  }
  std::size_t exercises = 0;
  json offered = json::object();  // how many of each pack's exercises these settings let come up
  for (const Pack& pack : catalog_.packs()) {
    exercises += pack.exercises.size();
    offered[pack.id] = 0;
  }
  for (const Exercise* exercise : catalog_.select(filterFor(settings)))
    offered[exercise->packId] = offered[exercise->packId].get<int>() + 1;
  return answer({{"exercises", exercises},
                 {"offered", offered},
                 {"conditions", conditions},
                 {"withheld", packs(catalog_.withheld(settings.avoid), true)}},
                request);
}

std::string Engine::next(const std::string& requestJson) const {
  Request request(requestJson, "next", {"settings", "rotation", "now", "seed"});
  const Settings settings = request.settings();
  Rotation rotation = request.rotation();
  const auto now = request.now(Need::Optional);
  const Preference preference = request.preference(settings, now);
  if (request.failed()) return request.errorJson();
  const auto eligible = catalog_.select(filterFor(settings));
  rotation.enroll(eligible);
  const Exercise* exercise = nextExercise(eligible, rotation, preference);
  if (exercise != nullptr) rotation.markSeen(exercise->id);
  return answer({{"exercise", exercise != nullptr ? toJson(*exercise) : json()}, {"rotation", toJson(rotation)}},
                request);
}

std::string Engine::plan(const std::string& requestJson) const {
  Request request(requestJson, "plan", {"settings", "rotation", "now", "seed", "first", "packId"});
  const Settings settings = request.settings();
  const Rotation rotation = request.rotation();
  const auto now = request.now(Need::Optional);
  const Preference preference = request.preference(settings, now);
  const std::string first = request.text("first", Need::Optional);
  const std::string packId = request.text("packId", Need::Optional);
  Filter filter = filterFor(settings);
  if (!packId.empty()) {
    // "Start this pack": that pack alone, wherever the user is and in its own
    // positions (a floor pack at home, when the desk's default leaves the floor
    // unticked); conditions still hold.
    if (catalog_.findPack(packId) == nullptr) request.fail(problemAt("plan.packId", Issue::NoSuchPack, {packId}));
    filter.packIds = {packId};
    filter.places.clear();
    filter.positions.clear();
    filter.excludedPackIds.clear();
    filter.micro.reset();  // a pack's micro-break exercises too: the user asked for that pack
  }
  if (request.failed()) return request.errorJson();
  const Plan plan = planBreak(catalog_, catalog_.select(filter), rotation, preference, settings.breakSeconds, first);
  return answer({{"plan", toJson(plan)}}, request);
}

std::string Engine::finishBreak(const std::string& requestJson) const {
  Request request(
      requestJson, "finishBreak",
      {"settings", "rotation", "state", "id", "start", "now", "elapsed", "done", "first", "endedEarly", "device"});
  const Settings settings = request.settings();
  Rotation rotation = request.rotation();
  const auto now = request.now(Need::Required);
  const ScheduleState state = request.state(settings, now);
  const std::string id = request.text("id", Need::Required);
  const auto start = request.number("start", Need::Required, 0, 1LL << 52, Expected::UtcTime);
  // How long the break ran by the page's monotonic clock: the record ends now and
  // starts that long before, whatever the wall clock did meanwhile.
  const auto elapsed = request.number("elapsed", Need::Optional, 0, kDayMs, Expected::WholeNumber);
  const std::vector<std::string> done = request.ids("done");
  const std::string first = request.text("first", Need::Optional);
  const bool endedEarly = request.flag("endedEarly").value_or(false);

  rotation.enroll(catalog_.select(filterFor(settings)));
  HistoryRecord record;
  record.outcome = (endedEarly || done.empty()) ? Outcome::Partial : Outcome::Completed;
  for (const std::string& exerciseId : done) {
    const Exercise* exercise = catalog_.findExercise(exerciseId);
    if (exercise == nullptr) {
      request.fail(problemAt("finishBreak.done", Issue::NoSuchExercise, {exerciseId}));
      continue;
    }
    record.exercises.push_back(exerciseId);
    if (std::find(record.packs.begin(), record.packs.end(), exercise->packId) == record.packs.end()) {
      record.packs.push_back(exercise->packId);
    }
    // The exercise the new tab showed was counted when it came up.
    if (exerciseId != first) rotation.markSeen(exerciseId);
  }
  if (request.failed()) return request.errorJson();
  record.id = id;
  // A wall clock set back during the break never makes it end before it began.
  record.start = elapsed ? std::max<std::int64_t>(0, now->utc - *elapsed) : std::min<std::int64_t>(*start, now->utc);
  record.end = now->utc;
  record.day = now->day();
  record.device = request.text("device", Need::Optional);
  const ScheduleState after = breakTaken(state, *now);
  return answer({{"record", toJson(record)},
                 {"rotation", toJson(rotation)},
                 {"state", toJson(after)},
                 {"schedule", toJson(scheduleAt(settings, after, *now))}},
                request);
}

std::string Engine::schedule(const std::string& requestJson) const {
  Request request(
      requestJson, "schedule",
      {"settings", "state", "now", "pause", "breakRuns", "fullscreen", "sound", "micro", "id", "device", "ahead"});
  Settings settings = request.settings();
  const auto now = request.now(Need::Required);
  ScheduleState state = request.state(settings, now);
  const std::string pauseFor = request.text("pause", Need::Optional);
  static constexpr std::array<std::string_view, 5> kPauses{"hour", "two-hours", "next-working-day", "until-resumed",
                                                           "resume"};
  const auto length = std::find(kPauses.begin(), kPauses.end(), pauseFor);
  if (!pauseFor.empty() && length == kPauses.end()) {
    request.fail(wrongValue("schedule.pause", {Expected::OneOf, {kPauses.begin(), kPauses.end()}}, json(pauseFor)));
  }
  // A guided break starting now, of this many seconds (held to an hour): no reminder while it runs.
  const auto breakRuns = request.number("breakRuns", Need::Optional, 0, kDayMs / 1000, Expected::WholeNumber);
  // The caller that shows micro-breaks (the worker) starts and ends them, and names the record.
  const bool runsMicro = !request.member("micro").is_null() && request.flag("micro").value_or(false);
  const std::string id = request.text("id", runsMicro ? Need::Required : Need::Optional);
  if (request.failed()) return request.errorJson();
  if (!pauseFor.empty()) state = pause(settings, state, *now, static_cast<PauseFor>(length - kPauses.begin()));
  if (breakRuns) state = breakStarted(state, *now, static_cast<int>(*breakRuns));
  const bool quiet =
      request.flag("fullscreen").value_or(false) || (settings.holdForSound && request.flag("sound").value_or(false));
  Filter microFilter = filterFor(settings);
  microFilter.micro = true;
  const auto microExercises = catalog_.select(microFilter);
  // No exercise marked for micro-breaks is allowed: there are none.
  if (microExercises.empty()) settings.microBreaks = false;

  ScheduleState seen = observe(state, *now);
  std::optional<HistoryRecord> record;
  const Exercise* shown = catalog_.findExercise(seen.microExercise);
  if (runsMicro) {
    if (auto ended = microEnded(settings, seen, *now, id)) {
      seen = ended->state;
      record = ended->record;
      record->device = request.text("device", Need::Optional);
      if (shown != nullptr) record->exercises = {shown->id};
      if (shown != nullptr) record->packs = {shown->packId};
    }
  }
  Schedule schedule = scheduleAt(settings, seen, *now, quiet);
  if (runsMicro && schedule.micro == MicroStatus::Due) {
    // One of the allowed micro exercises, varied by the time it starts, never the last one again.
    std::size_t index =
        (static_cast<std::uint64_t>(now->utc / 1000) * 0x9E3779B97F4A7C15ULL >> 32) % microExercises.size();
    if (microExercises[index]->id == seen.microExercise) index = (index + 1) % microExercises.size();
    shown = microExercises[index];
    seen.microAt = now->utc;
    seen.microExercise = shown->id;
    schedule = scheduleAt(settings, seen, *now, quiet);
  }
  if (schedule.status == ScheduleStatus::Held) seen.heldAt = now->utc;
  json body = toJson(schedule);
  if (schedule.micro == MicroStatus::Showing && shown != nullptr) body["micro"]["exercise"] = toJson(*shown);
  if (request.flag("ahead").value_or(false)) {
    const ScheduleAhead ahead = scheduleAhead(settings, seen, *now, quiet, schedule);
    json minutes = json::array();
    for (const auto& [from, left] : ahead.minutes) minutes.push_back({{"from", from}, {"minutesLeft", left}});
    body["ahead"] = {{"minutes", minutes}, {"until", ahead.until}};
  }
  json out = {{"schedule", body}, {"state", toJson(seen)}};
  if (record) out["record"] = toJson(*record);
  return answer(out, request);
}

std::string Engine::snooze(const std::string& requestJson) const {
  Request request(requestJson, "snooze", {"settings", "state", "now", "minutes", "id", "device"});
  const Settings settings = request.settings();
  const auto now = request.now(Need::Required);
  const ScheduleState state = request.state(settings, now);
  const auto minutes = request.number("minutes", Need::Required, 1, 240, Expected::Minutes);
  const std::string id = request.text("id", Need::Required);
  if (request.failed()) return request.errorJson();
  return eventAnswer(settings, limber::snooze(settings, state, *now, static_cast<int>(*minutes), id), *now, request);
}

std::string Engine::skip(const std::string& requestJson) const {
  Request request(requestJson, "skip", {"settings", "state", "now", "id", "device"});
  const Settings settings = request.settings();
  const auto now = request.now(Need::Required);
  const ScheduleState state = request.state(settings, now);
  const std::string id = request.text("id", Need::Required);
  if (request.failed()) return request.errorJson();
  const auto event = limber::skip(settings, state, *now, id);
  if (!event) return refusal(problemAt("skip", Issue::NoSkipsLeft, {std::to_string(settings.skipBudget)}));
  return eventAnswer(settings, *event, *now, request);
}

std::string Engine::idle(const std::string& requestJson) const {
  Request request(requestJson, "idle", {"settings", "state", "now", "idleState", "id", "device"});
  const Settings settings = request.settings();
  const auto now = request.now(Need::Required);
  const ScheduleState state = request.state(settings, now);
  const std::string idleState = request.text("idleState", Need::Required);
  const std::string id = request.text("id", Need::Required);
  if (!idleState.empty() && idleState != "idle" && idleState != "locked" && idleState != "active") {
    request.fail(wrongValue("idle.idleState", {Expected::OneOf, {"idle", "locked", "active"}}, json(idleState)));
  }
  if (request.failed()) return request.errorJson();
  const ScheduleEvent event = idleState == "active" ? cameBack(settings, state, *now, id)
                                                    : ScheduleEvent{wentIdle(settings, state, *now), std::nullopt};
  return eventAnswer(settings, event, *now, request);
}

namespace {
constexpr int kSummaryDays = 45;
// 20 summaries of 45 days take at most about 30 KB of sync's 100 KB.
constexpr std::size_t kKeptDevices = 20;
constexpr std::size_t kMaxImportBytes = 16 * 1024 * 1024;

// The stored history values: readable records, and the indexes of the others.
struct History {
  std::vector<HistoryRecord> records;
  std::vector<std::size_t> indexes;  // of each record in the request's list
  json unreadable = json::array();
  Problems problems;
};

History readHistory(Request& request, const char* call) {
  History history;
  if (std::vector<HistoryRecord>* records = request.records()) {
    history.records = std::move(*records);
    for (std::size_t i = 0; i < history.records.size(); ++i) history.indexes.push_back(i);
    return history;
  }
  const json& list = request.member("history");
  if (!list.is_array()) {
    request.fail(wrongValue(std::string(call) + ".history", expect(Expected::Records), list));
    return history;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (auto record = readRecord(list[i], itemPath("history", i), history.problems)) {
      history.records.push_back(std::move(*record));
      history.indexes.push_back(i);
    } else {
      history.unreadable.push_back(i);
    }
  }
  return history;
}

// The other devices' summaries from sync, in the request's order; `whole` gets
// the indexes of those read without a problem.
std::vector<DeviceSummary> readDevices(Request& request, Problems& problems,
                                       std::vector<std::size_t>* whole = nullptr) {
  std::vector<DeviceSummary> devices;
  const json& list = request.member("devices");
  for (std::size_t i = 0; list.is_array() && i < list.size(); ++i) {
    const std::size_t before = problems.size();
    devices.push_back(readDeviceSummary(list[i], itemPath("devices", i), problems));
    if (whole != nullptr && problems.size() == before) whole->push_back(i);
  }
  return devices;
}

json withHistoryNotes(json body, const History& history, const Request& request) {
  Problems problems = request.notes();
  problems.insert(problems.end(), history.problems.begin(), history.problems.end());
  body["unreadable"] = history.unreadable;
  body["problems"] = toJson(problems);
  return body;
}
}  // namespace

std::string Engine::loadHistory(const std::string& requestJson) {
  Request request(requestJson, "loadHistory", {"history", "folded", "devices"});
  History history = readHistory(request, "loadHistory");
  Problems stored;
  const Folded folded = request.folded(stored);
  std::vector<DeviceSummary> devices = readDevices(request, stored);
  if (request.failed()) return request.errorJson();
  history.problems.insert(history.problems.end(), stored.begin(), stored.end());
  history_ = HistoryIndex(history.records, folded);
  devices_ = std::move(devices);
  return dumpJson(withHistoryNotes({{"records", history.records.size()}}, history, request));
}

std::string Engine::stats(const std::string& requestJson) const {
  Request request(requestJson, "stats", {"settings", "now"});
  const Settings settings = request.settings();
  const auto now = request.now(Need::Required);
  if (request.failed()) return request.errorJson();
  return answer({{"stats", toJson(computeStats(history_, devices_, settings, *now))}}, request);
}

std::string Engine::fold(const std::string& requestJson) const {
  Request request(requestJson, "fold", {"history", "folded", "now"});
  const auto now = request.now(Need::Required);
  History history = readHistory(request, "fold");
  Problems stored;
  Folded folded = request.folded(stored);
  if (request.failed()) return request.errorJson();
  // Unreadable months are left out and reported under "folded...": the shell
  // keeps the stored value aside before it writes the answer's over it.
  history.problems.insert(history.problems.end(), stored.begin(), stored.end());
  FoldResult result = limber::fold(history.records, std::move(folded), *now);
  json removed = json::array();
  for (std::size_t i : result.removed) removed.push_back(history.indexes[i]);
  return dumpJson(withHistoryNotes({{"folded", toJson(result.folded)}, {"remove", removed}}, history, request));
}

std::string Engine::summary(const std::string& requestJson) const {
  Request request(requestJson, "summary", {"history", "folded", "now", "device", "devices"});
  const auto now = request.now(Need::Required);
  const std::string device = request.text("device", Need::Required);
  History history = readHistory(request, "summary");
  Problems stored;
  const Folded folded = request.folded(stored);
  std::vector<std::size_t> whole;
  std::vector<DeviceSummary> devices = readDevices(request, stored, &whole);
  if (request.failed()) return request.errorJson();
  const DeviceDays days = summarize(history.records, folded, *now, kSummaryDays);
  // Only summaries read whole can go: one of a newer Limber or a corrupt one stays as it is.
  std::vector<DeviceSummary> readable;
  for (std::size_t i : whole) readable.push_back({devices[i].device, devices[i].updated, {}});
  json stale = json::array();
  for (std::size_t i : staleSummaries(readable, *now, kSummaryDays, kKeptDevices)) stale.push_back(whole[i]);
  return dumpJson(withHistoryNotes(
      {{"summary", {{"version", 1}, {"device", device}, {"updated", now->utc}, {"days", toJson(days)}}},
       {"stale", stale}},
      history, request));
}

std::string Engine::exportData(const std::string& requestJson) const {
  Request request(requestJson, "exportData", {"settings", "history", "folded", "now", "device"});
  // Records from before Limber named the device are taken as this device's.
  const std::string device = request.text("device", Need::Optional);
  Backup backup;
  backup.settings = request.settings();
  const auto now = request.now(Need::Required);
  History history = readHistory(request, "exportData");
  Problems stored;
  backup.folded = request.folded(stored);
  if (request.failed()) return request.errorJson();
  history.problems.insert(history.problems.end(), stored.begin(), stored.end());
  // Records the folded months count already (a fold cut short) go in once, folded.
  for (HistoryRecord& record : history.records) {
    if (record.device.empty()) record.device = device;
    if (!backup.folded.counts(record)) backup.records.push_back(std::move(record));
  }
  backup.folded.counted.clear();
  json file = toJson(backup);
  file["exportedAt"] = now->utc;
  return dumpJson(withHistoryNotes({{"backup", file}}, history, request));
}

std::string Engine::importData(const std::string& requestJson) const {
  Request request(requestJson, "importData", {"text", "history", "folded", "now"});
  request.now(Need::Required);
  const json& text = request.member("text");
  if (!text.is_string()) request.fail(wrongValue("importData.text", expect(Expected::FileText), text));
  History history = readHistory(request, "importData");
  Problems stored;
  const Folded folded = request.folded(stored);
  if (request.failed()) return request.errorJson();
  const std::string& content = text.get_ref<const std::string&>();
  if (content.size() > kMaxImportBytes) {
    return refusal(Problem{"",
                           Issue::Wrong,
                           expect(Expected::BackupSize, kMaxImportBytes / (1024 * 1024)),
                           sizeFound(Found::Megabytes, content.size(), 1024 * 1024),
                           {}});
  }
  const json file = parseJson(content);
  if (file.is_discarded()) return refusal(problemAt("", Issue::NotJson));
  Problems problems{problemAt("", Issue::NotBackup)};
  const auto backup = readBackup(file, problems);
  if (!backup) return refusal(problems);
  // Unreadable months of the stored folded history are left out of the merge:
  // the shell keeps the stored value aside before it writes the answer's over it.
  history.problems.insert(history.problems.end(), stored.begin(), stored.end());
  const Merge merge = mergeBackup(*backup, history.records, folded);
  json added = json::array();
  for (const HistoryRecord& record : merge.added) added.push_back(toJson(record));
  return dumpJson(withHistoryNotes({{"settings", toJson(backup->settings)},
                                    {"settingsProblems", toJson(backup->settingsProblems)},
                                    {"add", added},
                                    {"folded", toJson(merge.folded)},
                                    {"added", merge.added.size()},
                                    {"months", toJson(merge.months)},
                                    {"monthOutcomes", merge.monthOutcomes},
                                    {"alreadyThere", merge.alreadyThere},
                                    {"conflicting", merge.conflicting},
                                    {"onFoldedDays", merge.onFoldedDays},
                                    {"monthsHere", merge.monthsHere}},
                                   history, request));
}

std::string Engine::undoImport(const std::string& requestJson) const {
  Request request(requestJson, "undoImport", {"history", "folded", "undo"});
  History history = readHistory(request, "undoImport");
  Problems stored;
  Folded folded = request.folded(stored);
  const json& undo = request.member("undo");
  Problems wrong;
  ObjectReader reader(undo, "undoImport.undo", wrong, {"version", "at", "source", "records", "months", "settings"});
  std::vector<HistoryRecord> added;
  const json* records = reader.member("records", Need::Required, expect(Expected::Records));
  for (std::size_t i = 0; records != nullptr && records->is_array() && i < records->size(); ++i) {
    if (auto record = readRecord((*records)[i], itemPath("undoImport.undo.records", i), wrong)) {
      added.push_back(std::move(*record));
    }
  }
  const json* months = reader.member("months", Need::Required, expect(Expected::Object));
  const Folded taken = months != nullptr ? readFolded(*months, "undoImport.undo.months", wrong) : Folded{};
  for (Problem& problem : wrong) request.fail(std::move(problem));
  if (request.failed()) return request.errorJson();
  history.problems.insert(history.problems.end(), stored.begin(), stored.end());
  const Undo result = limber::undoImport(history.records, std::move(folded), added, taken);
  json removed = json::array();
  for (std::size_t i : result.removed) removed.push_back(history.indexes[i]);
  return dumpJson(withHistoryNotes({{"folded", toJson(result.folded)}, {"remove", removed}}, history, request));
}

}  // namespace limber
