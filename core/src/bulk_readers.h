// Internal: the stored values a request carries in bulk (the rotation with an
// entry per exercise, the history with a record per break, the folded months)
// read straight from the parser's events into the core's structs. Each reads
// only the shape that codec.cpp's readers take without a problem, and gives up
// on anything else, so that those readers, on the document, report it as always.
#pragma once

#include <string>
#include <vector>

#include "json_text.h"
#include "limber/history.h"
#include "limber/rotation.h"

namespace limber {

// A version 2 rotation, or null.
class RotationReader : public ValueReader {
 public:
  Rotation rotation;

  bool null() override { return depth_ == 0; }
  bool number(std::uint64_t value) override;
  bool key(std::string& name) override;
  bool open(bool array) override;
  bool close() override;

 private:
  int depth_ = 0;  // 1 in the rotation, 2 in its seen entries, 3 in one entry
  int field_ = 0;
  unsigned present_ = 0;
  std::uint64_t version_ = 0;
  std::string id_;
  std::uint64_t entry_[2] = {};
  int item_ = 0;
};

// A list of history records, every one readable.
class HistoryReader : public ValueReader {
 public:
  std::vector<HistoryRecord> records;

  bool number(std::uint64_t value) override;
  bool text(std::string& value) override;
  bool key(std::string& name) override;
  bool open(bool array) override;
  bool close() override;

 private:
  int depth_ = 0;  // 1 in the list, 2 in a record, 3 in its exercises or packs
  int field_ = 0;
  unsigned present_ = 0;
};

// Folded months (version 1), every month readable, or null.
class FoldedReader : public ValueReader {
 public:
  Folded folded;

  bool null() override { return depth_ == 0; }
  bool number(std::uint64_t value) override;
  bool text(std::string& value) override;
  bool key(std::string& name) override;
  bool open(bool array) override;
  bool close() override;

 private:
  int depth_ = 0;  // 1 in folded, 2 in ids, counted or months, 3 in a month, 4 in its days or counts, 5 in a day
  int field_ = 0;  // of folded
  int monthField_ = 0;
  unsigned present_ = 0;
  unsigned monthPresent_ = 0;
  bool version_ = false;
  std::vector<std::string> ids_;
  std::string month_;
  FoldedMonth current_;
  int day_ = 0;
  std::uint64_t totals_[7] = {};
  std::size_t item_ = 0;
  std::uint64_t at_ = 0;  // the id index of a count read
};

}  // namespace limber
