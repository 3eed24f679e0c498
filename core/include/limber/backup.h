// Backup: all of a user's data in one file (settings, history, folded history),
// and the rule that merges a backup into what is stored: by record id, never
// counting a break twice, and all or nothing.
#pragma once

#include <vector>

#include "limber/history.h"
#include "limber/settings.h"

namespace limber {

constexpr int kBackupVersion = 1;

struct Backup {
  Settings settings;
  std::vector<HistoryRecord> records;
  Folded folded;
};

struct Merge {
  std::vector<HistoryRecord> added;  // records to store
  Folded folded;                     // the folded history after the merge
  int alreadyThere = 0;              // records skipped: same id, or a month already folded here
};

// Records are added unless their id is stored already or their month is folded
// here; a folded month is taken only when nothing of that month is stored here.
Merge mergeBackup(const Backup& backup, const std::vector<HistoryRecord>& stored, const Folded& storedFolded);

}  // namespace limber
