// ManagedPolicy: what an organisation's admin set for Limber through Chrome
// policy (chrome.storage.managed), read like any other input: each problem is
// reported under "managed" and the rest still applies. It presets settings the
// user may change, locks chosen ones, and carries the organisation's own packs.
// Conditions are never preset or locked: they are each person's own.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "limber/problem.h"
#include "limber/settings.h"

namespace limber {

struct ManagedPolicy {
  std::vector<std::string> preset;  // the settings fields the policy presets
  std::string settings;             // every field as a JSON object: the preset, else the default
  std::vector<std::string> locked;  // fields the user cannot change: the preset, or else the default
  bool skipWelcome = false;         // no welcome on install: reminders start at once
  bool customPacks = true;          // whether users may add (and use) packs of their own
  // The organisation's own packs: each one's index in the policy's list, and its JSON text.
  std::vector<std::pair<std::size_t, std::string>> packs;

  bool empty() const { return preset.empty() && locked.empty(); }
};

struct PolicyRead {
  ManagedPolicy policy;
  Problems problems;  // paths start with "managed"
};

PolicyRead readPolicy(std::string_view jsonText);

// The stored settings under the policy: presets stand where the user has set
// nothing (or something unreadable), locked fields are the policy's. The
// problems are those of the user's stored settings, as readSettings reports them.
SettingsRead applyPolicy(const ManagedPolicy& policy, std::string_view storedSettingsJson);

}  // namespace limber
