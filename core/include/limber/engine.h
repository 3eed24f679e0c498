// Engine: the whole core behind a few calls that take and give JSON text. It is
// what the WebAssembly build exposes to the extension, and what scenario tests
// replay natively. Every answer is a JSON object; a call that cannot be answered
// gives {"error": "..."} instead of aborting, and the engine keeps working.
#pragma once

#include <string>

#include "limber/catalog.h"

namespace limber {

class Engine {
 public:
  // {"pack": {summary}} or {"error": "source: path: message\n...", "problems": [{path, message}]}.
  std::string addPack(const std::string& source, const std::string& jsonText);

  // {"packs": [{summary}]}: the packs loaded so far, in load order.
  std::string packs() const;

  // {"pack": {every section and exercise}} or {"error"}.
  std::string pack(const std::string& packId) const;

  // {"settings": {every field}, "problems": [...]}: stored settings made whole.
  std::string settings(const std::string& settingsJson) const;

  // {"settings", "rotation"} -> {"exercise": {...} or null, "rotation", "problems"}:
  // the exercise a new tab shows, with the rotation that remembers it was shown.
  std::string next(const std::string& requestJson) const;

  // {"settings", "rotation", "first"} -> {"plan": {"exercises", "totalSeconds"}, "problems"}.
  std::string plan(const std::string& requestJson) const;

  // {"rotation", "id", "start", "end", "day", "done": [ids], "endedEarly"} ->
  // {"record": {history record}, "rotation"}: how a break ended, ready to store.
  std::string finishBreak(const std::string& requestJson) const;

  // {"history": [records], "today": "2026-11-22"} -> {"breaksToday", "secondsToday",
  // "unreadable", "problems"}.
  std::string stats(const std::string& requestJson) const;

 private:
  Catalog catalog_;
};

}  // namespace limber
