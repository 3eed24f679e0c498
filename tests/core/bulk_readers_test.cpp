// The readers that take a request's rotation, history and folded months straight
// from the parser read exactly what codec.cpp's readers read from the document,
// and give up (so that those readers report it) on everything those would not
// take without a problem.
#include "bulk_readers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "codec.h"
#include "json_reader.h"

namespace limber {
namespace {

// The value read by reader from {"value": text}, or false when it gave up.
bool readFast(const std::string& text, ValueReader& reader) {
  std::vector<Capture> captures{{"value", &reader}};
  bool gaveUp = false;
  const json document = parseJson("{\"value\": " + text + "}", captures, gaveUp);
  EXPECT_EQ(gaveUp, document.is_discarded()) << text;
  return !gaveUp && captures[0].found;
}

struct Read {
  bool fast = false;         // the bulk reader took it
  std::string fastJson;      // what it read, as the codec writes it
  std::string domJson;       // what codec.cpp's reader read from the document
  std::size_t problems = 0;  // that reader's problems
};

Read rotation(const std::string& text) {
  Read read;
  RotationReader reader;
  read.fast = readFast(text, reader);
  read.fastJson = toJson(reader.rotation).dump();
  Problems problems;
  read.domJson = toJson(readRotation(parseJson(text), problems)).dump();
  read.problems = problems.size();
  return read;
}

Read history(const std::string& text) {
  Read read;
  HistoryReader reader;
  read.fast = readFast(text, reader);
  json fast = json::array();
  for (const HistoryRecord& record : reader.records) fast.push_back(toJson(record));
  read.fastJson = fast.dump();
  const json list = parseJson(text);
  json dom = json::array();
  Problems problems;
  for (std::size_t i = 0; list.is_array() && i < list.size(); ++i) {
    if (auto record = readRecord(list[i], itemPath("history", i), problems)) dom.push_back(toJson(*record));
  }
  read.domJson = dom.dump();
  read.problems = problems.size() + (list.is_array() ? 0 : 1);
  return read;
}

Read folded(const std::string& text) {
  Read read;
  FoldedReader reader;
  read.fast = readFast(text, reader);
  read.fastJson = toJson(reader.folded).dump();
  Problems problems;
  read.domJson = toJson(readFolded(parseJson(text), "folded", problems)).dump();
  read.problems = problems.size();
  return read;
}

// Taken by the bulk reader, and the same as the document's reader reads without a problem.
void expectSame(const Read& read, const std::string& text) {
  EXPECT_TRUE(read.fast) << text;
  EXPECT_EQ(read.problems, 0u) << text;
  EXPECT_EQ(read.fastJson, read.domJson) << text;
}

// Left to the document's reader, which reports a problem.
void expectLeft(const Read& read, const std::string& text) {
  EXPECT_FALSE(read.fast) << text;
  EXPECT_GT(read.problems, 0u) << text;
}

TEST(BulkReaders, ReadARotationAsTheDocumentReaderDoes) {
  for (const std::string text :
       {R"({"version":2,"clock":5,"seen":{"b":[2,5],"a":[1,3]}})", R"({"seen":{},"clock":0,"version":2})", "null",
        R"({"version":2,"clock":4503599627370496,"seen":{"a":[2147483647,0]}})"}) {
    expectSame(rotation(text), text);
  }
}

TEST(BulkReaders, LeaveEveryUnreadableRotationToTheDocumentReader) {
  for (const std::string text : {
           R"({"version":2,"clock":5,"seen":{"a":[1,6]}})",           // seen after the clock
           R"({"version":2,"clock":5,"seen":{"a":[1,3,4]}})",         // three numbers
           R"({"version":2,"clock":5,"seen":{"a":[-1,3]}})",          // a negative count
           R"({"version":2,"clock":5,"seen":{"a":[1.5,3]}})",         // not whole
           R"({"version":2,"clock":5,"seen":{"a":[2147483648,3]}})",  // a count too large
           R"({"version":2,"clock":5,"seen":{"a":{"count":1}}})",
           R"({"version":2,"clock":5})",  // no seen
           R"({"version":2,"seen":{}})",  // no clock
           R"({"clock":5,"seen":{}})",    // no version
           R"({"version":3,"clock":5,"seen":{}})",
           R"({"version":2,"clock":-5,"seen":{}})",
           R"({"version":2,"clock":4503599627370497,"seen":{}})",  // after 2^52
           R"({"version":2,"clock":5,"seen":{},"extra":1})",
           R"({"version":2,"clock":5,"seen":[]})",
           R"({"version":2,"clock":"5","seen":{}})",
           "[]",
           "\"rotation\"",
           "true",
       }) {
    expectLeft(rotation(text), text);
  }
  // Version 1 and a key given twice read without a problem, but the document's way.
  for (const std::string text :
       {R"({"version":1,"clock":5,"lastSeen":{"a":3}})", R"({"version":2,"clock":5,"seen":{"a":[1,3],"a":[2,4]}})"}) {
    const Read read = rotation(text);
    EXPECT_FALSE(read.fast) << text;
    EXPECT_EQ(read.problems, 0u) << text;
  }
}

const std::string kRecord =
    R"({"version":2,"id":"b-1","start":1000,"end":61000,"day":"2026-11-22","outcome":"completed",)"
    R"("exercises":["neck-rolls","chin-tucks"],"packs":["neck"],"device":"laptop"})";

// kRecord with one member replaced (or, with an empty value, removed).
std::string recordWith(const std::string& key, const std::string& value) {
  json record = parseJson(kRecord);
  if (value.empty()) {
    record.erase(key);
  } else {
    record[key] = parseJson(value);
  }
  return record.dump();
}

TEST(BulkReaders, ReadRecordsAsTheDocumentReaderDoes) {
  for (const std::string& text :
       std::vector<std::string>{"[]", "[" + kRecord + "]", "[" + recordWith("device", "") + "," + kRecord + "]",
                                "[" + recordWith("version", "1") + "]", "[" + recordWith("exercises", "[]") + "]",
                                "[" + recordWith("outcome", "\"micro\"") + "]", "[" + recordWith("end", "1000") + "]",
                                "[" + recordWith("id", "\"" + std::string(64, 'x') + "\"") + "]"}) {
    expectSame(history(text), text);
  }
}

TEST(BulkReaders, LeaveEveryUnreadableRecordToTheDocumentReader) {
  std::vector<std::string> records;
  for (const char* key : {"version", "id", "start", "end", "day", "outcome", "exercises", "packs"}) {
    records.push_back(recordWith(key, ""));  // each required field missing
    records.push_back(recordWith(key, "null"));
    records.push_back(recordWith(key, "{}"));
  }
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
           {"version", "3"},
           {"version", "0"},
           {"version", "2.0"},
           {"id", "\"\""},
           {"id", "\"" + std::string(65, 'x') + "\""},
           {"start", "-1"},
           {"start", "62000"},  // after its end
           {"end", "4503599627370497"},
           {"day", "\"2026-02-30\""},
           {"day", "\"22.11.2026\""},
           {"outcome", "\"done\""},
           {"exercises", "\"neck-rolls\""},
           {"exercises", "[\"\"]"},
           {"exercises", "[1]"},
           {"packs", "[[\"neck\"]]"},
           {"device", "\"\""},
           {"device", "null"},
           {"device", "7"},
           {"extra", "1"},
       }) {
    records.push_back(recordWith(key, value));
  }
  records.push_back("7");
  records.push_back("\"record\"");
  records.push_back("[]");
  for (const std::string& record : records) expectLeft(history("[" + kRecord + "," + record + "]"), record);
  const std::string many = "[" + recordWith("exercises", json(std::vector<std::string>(201, "a")).dump()) + "]";
  expectLeft(history(many), "201 exercises");
  expectLeft(history("{}"), "not a list");
  expectLeft(history("null"), "null");
}

const std::string kFolded =
    R"({"counted":["b-1"],"ids":["chin-tucks","neck","neck-rolls"],"months":{"2026-10":{"days":{"3":[1,0,0,0,0,60],)"
    R"("04":[0,1,2,3,4,30,2]},"exercises":[0,2,2,1,0,1],"packs":[1,3]},"2024-02":{"days":{"29":[1,0,0,0,0,60]},)"
    R"("exercises":[],"packs":[]}},"version":1})";

// kFolded with its October changed by a text replacement.
std::string foldedWith(const std::string& from, const std::string& to) {
  std::string text = kFolded;
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

TEST(BulkReaders, ReadFoldedMonthsAsTheDocumentReaderDoes) {
  for (const std::string& text : std::vector<std::string>{kFolded, "null", R"({"version":1,"ids":[],"months":{}})",
                                                          foldedWith(R"("counted":["b-1"],)", "")}) {
    expectSame(folded(text), text);
  }
}

TEST(BulkReaders, LeaveEveryUnreadableFoldedMonthToTheDocumentReader) {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {R"("3":)", R"("32":)"},  // no such day
           {R"("3":)", R"("00":)"},
           {R"("3":)", R"("x":)"},
           {R"("2024-02":{"days":{"29")", R"("2023-02":{"days":{"29")"},  // not a leap year
           {R"("2026-10")", R"("2026-13")"},
           {R"([1,0,0,0,0,60])", R"([1,0,0,0,0])"},         // five counts
           {R"([1,0,0,0,0,60])", R"([1,0,0,0,0,60,1,1])"},  // eight
           {R"([1,0,0,0,0,60])", R"([-1,0,0,0,0,60])"},
           {R"([1,0,0,0,0,60])", R"([1073741825,0,0,0,0,60])"},         // over the largest count
           {R"("exercises":[0,2,2,1,0,1])", R"("exercises":[0,2,2])"},  // an index without its count
           {R"("exercises":[0,2,2,1,0,1])", R"("exercises":[3,1])"},    // no id 3
           {R"("exercises":[0,2,2,1,0,1])", R"("exercises":{})"},
           {R"(,"packs":[1,3]})", "}"},  // no packs
           {R"("days":{"3")", R"("days":[],"x":{"3")"},
           {R"("version":1)", R"("version":2)"},
           {R"("version":1)", R"("version":1,"extra":1)"},
           {R"("counted":["b-1"])", R"("counted":[""])"},
           {R"("ids":["chin-tucks",)", R"("ids":[7,)"},
       }) {
    expectLeft(folded(foldedWith(from, to)), to);
  }
  expectLeft(folded("[]"), "[]");
  expectLeft(folded(R"({"version":1,"months":{}})"), "no ids");
  // Read without a problem, but the document's way: a day given twice, the months before the ids.
  for (const std::string& text : std::vector<std::string>{foldedWith(R"("04":)", R"("3":[1,0,0,0,0,60],"03":)"),
                                                          R"({"months":{},"ids":[],"version":1})"}) {
    const Read read = folded(text);
    EXPECT_FALSE(read.fast) << text;
    EXPECT_EQ(read.problems, 0u) << text;
  }
}

}  // namespace
}  // namespace limber
