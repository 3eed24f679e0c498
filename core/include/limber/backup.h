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
  Problems settingsProblems;  // what of its settings could not be read (they do not stop the history)
  std::vector<HistoryRecord> records;
  Folded folded;
};

// What merging a backup changes, and what it leaves out and why.
struct Merge {
  std::vector<HistoryRecord> added;  // records to store
  Folded folded;                     // the folded history after the merge
  Folded months;                     // the backup's folded months taken
  int monthOutcomes = 0;             // outcomes in those months
  int alreadyThere = 0;              // records stored here already, the same
  int conflicting = 0;               // records with the id of a stored one but other content: the stored one stays
  int onFoldedDays = 0;              // records on days folded here, which count them already
  int monthsHere = 0;                // folded months skipped: this history holds that month already
};

// Records are added unless their id is stored already, or their day is folded
// here (and not in a month the merge takes); a folded month is taken only when
// nothing of that month is stored here, with the backup's records in it.
Merge mergeBackup(const Backup& backup, const std::vector<HistoryRecord>& stored, const Folded& storedFolded);

// Taking an import back.
struct Undo {
  Folded folded;                     // the folded history without the import
  std::vector<std::size_t> removed;  // indexes of stored records the import added
};

// The imported records are removed where they are still raw, and taken out of
// the folded totals where a fold has folded them since; the months the import
// took are taken out of the folded totals, whatever was added to them since.
Undo undoImport(const std::vector<HistoryRecord>& stored, Folded folded, const std::vector<HistoryRecord>& added,
                const Folded& months);

}  // namespace limber
