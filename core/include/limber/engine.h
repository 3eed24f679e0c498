// Engine: the whole core behind a few calls that take and give JSON text. It is
// what the WebAssembly build exposes to the extension, and what scenario tests
// replay natively. Every answer is a JSON object; a call that cannot be answered
// gives {"error": [problems]} instead of aborting (problem.h: a path and codes with
// parameters, which the shell words), and the engine keeps working. Stored values in a request (settings, rotation,
// state) that cannot be read fall back to defaults and are listed in the answer's "problems".
//
// Common request fields: "now" is {"utc": ms, "offset": local minus UTC in
// minutes}; "seed" (0 to 2^32-1) fixes the rotation's tie-break.
#pragma once

#include <string>

#include "limber/catalog.h"
#include "limber/managed_policy.h"
#include "limber/stats.h"

namespace limber {

class Engine {
 public:
  // {"language"}: the language packs added from now on are read in ("de", "pt-BR"),
  // or an error when it is not a language tag. English until set.
  std::string setLanguage(const std::string& language);
  // {"pack": {summary}, "filled": [paths]}, or {"error": [every problem]}. A user's
  // own pack (own) may leave out fields a packaged one must have: see loadPack.
  std::string addPack(const std::string& jsonText, bool own = false);
  // {"removed": true|false}: takes a pack added earlier out of the catalog.
  std::string removePack(const std::string& packId);
  // {"packs": [{summary}]}: the packs loaded so far, in load order.
  std::string packs() const;
  // {"pack": {every section and exercise}}.
  std::string pack(const std::string& packId) const;
  // {"settings": {every field}, "problems", "refused", "policy"}: stored settings made whole,
  // under the organisation's policy when one is set (see policy); "refused" says when its
  // choices together leave nothing to offer (see below).
  std::string settings(const std::string& settingsJson) const;
  // {managed: what chrome.storage.managed holds} -> {"policy": {"locked": [fields], "skipWelcome",
  // "customPacks", "packs": [ids of the organisation's packs loaded], "problems"}}. Replaces the
  // policy set before (its packs too); settings() applies it from then on.
  std::string policy(const std::string& managedJson);
  // A nothing-to-offer problem, its args the fields that alone would free an
  // exercise, when the loaded packs have none these settings allow; else none.
  Problems nothingToOffer(const Settings& settings) const;
  // {settings} -> {"exercises": how many are loaded, "conditions": [{"condition", "exercises",
  // "packs": [ids]}] for each condition that withholds any, "withheld": {"exercises", "packs":
  // [{"id", "exercises"}]} for the settings' own conditions together, "offered": {pack id:
  // how many of its exercises these settings let come up}, "problems"}.
  std::string withheld(const std::string& requestJson) const;

  // {settings, rotation, now?, seed?} -> {"exercise" or null, "rotation", "problems"}:
  // what a new tab shows, with the rotation that remembers it came up.
  std::string next(const std::string& requestJson) const;
  // {settings, rotation, now?, seed?, first?, packId?} -> {"plan": {"exercises", "totalSeconds"}, "problems"}.
  std::string plan(const std::string& requestJson) const;
  // {settings, rotation, state, id, start, now, done: [ids], first?, endedEarly} ->
  // {"record", "rotation", "state", "schedule", "problems"}.
  std::string finishBreak(const std::string& requestJson) const;

  // {settings, state, now, pause?: "hour"|"two-hours"|"next-working-day"|"until-resumed"|"resume",
  // breakRuns?: seconds, fullscreen?, sound?, micro?, id?, device?} -> {"schedule", "state", "record" or null,
  // "problems"}; the state has today's first activity, the pause when asked, a guided break of breakRuns
  // seconds starting now (status "in-break" until finishBreak, or its time and a grace pass), and when a due break was
  // held back by do-not-disturb (a window full screen, or sound when the settings hold for it; status "held").
  // schedule.micro, when a micro-break is planned: {"status": "waiting"|"due"|"held"|"showing", "at",
  // "endsAt"?, "exercise"? (while showing)}. With micro: true (the worker, which shows them) a due
  // micro-break starts now, and one that has run its seconds ends with a "micro" record named id.
  std::string schedule(const std::string& requestJson) const;
  // {settings, state, now, minutes, id} -> {"record", "state", "schedule", "problems"}.
  std::string snooze(const std::string& requestJson) const;
  // {settings, state, now, id} -> the same, or an error when today's skips are spent.
  std::string skip(const std::string& requestJson) const;
  // {settings, state, now, idleState: "idle"|"locked"|"active", id} -> {"record" or null, "state", "schedule",
  // "problems"}.
  std::string idle(const std::string& requestJson) const;

  // History requests give "history" as the stored values, in any order; answers
  // name unreadable ones by their index there ("unreadable": [i, ...]) so the
  // shell can keep them aside, and count nothing from them.

  // {history, folded?, devices?: [other devices' summaries]} -> {"records", "unreadable",
  // "problems"}: reads the history once and keeps it summed, for stats.
  std::string loadHistory(const std::string& requestJson);
  // {settings?, now} -> {"stats": {today, goal, currentStreak, longestStreak, last7, last30,
  // days, total, exercises, packs}} over the history loaded last (none: all zero).
  std::string stats(const std::string& requestJson) const;
  // {history, folded?, now} -> {"folded", "remove": [indexes now held in folded], "unreadable", "problems"}.
  std::string fold(const std::string& requestJson) const;
  // {history, folded?, now, device, devices?: [other devices' summaries]} -> {"summary": {version,
  // device, updated, days}, "stale": [indexes of summaries that can go from sync]}: this
  // device's last 45 days, for chrome.storage.sync.
  std::string summary(const std::string& requestJson) const;
  // {settings?, history, folded?, now, device?} -> {"backup": {...}, "unreadable", "problems"}; records
  // that name no device are written as the given device's.
  std::string exportData(const std::string& requestJson) const;
  // {text, history, folded?, now} -> {"settings" (the backup's, made whole), "settingsProblems", "add":
  // [records], "folded" (after the merge), "added", "months" (the folded months taken), "monthOutcomes",
  // "alreadyThere", "conflicting", "onFoldedDays", "monthsHere"}, or an error naming what is wrong with
  // the file. The backup's settings that cannot be read do not stop its history.
  std::string importData(const std::string& requestJson) const;
  // {history, folded?, undo: {records: [the records an import added], months: {folded months it took}}} ->
  // {"folded", "remove": [indexes of records to remove], "unreadable", "problems"}: the history without that
  // import, records it added that a fold has folded since taken out of the folded totals too.
  std::string undoImport(const std::string& requestJson) const;

 private:
  Catalog catalog_;
  std::string language_ = "en";
  HistoryIndex history_;
  std::vector<DeviceSummary> devices_;
  ManagedPolicy policy_;
  Problems policyProblems_;
  std::vector<std::string> companyPacks_;  // the ids of the policy's packs loaded
  Problems add(const std::string& jsonText, bool own, std::vector<std::string>& filled);
};

}  // namespace limber
