// Internal: the one place where JSON text becomes a document and a document text
// again, so nlohmann's parser and serializer are instantiated once (the wasm
// module carries one copy) and both are used the same way everywhere.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

using nlohmann::json;

// The document, or a discarded value (is_discarded()) when text is not JSON;
// then stop, when given, is where it stopped being JSON: the byte, from 1, where
// the first token that cannot be there starts.
json parseJson(std::string_view text, std::size_t* stop = nullptr);

// Reads one value straight from the parser's events into the core's structs,
// without the document's map and allocation per key. Each event returns false
// to give up: the value is not of the usual, valid shape, and the caller reads
// the text as a document instead (which then reports exactly what is wrong).
class ValueReader {
 public:
  virtual ~ValueReader() = default;
  virtual bool null() { return false; }
  virtual bool flag(bool) { return false; }
  virtual bool number(std::uint64_t) { return false; }  // a whole number from 0 (others give up)
  virtual bool text(std::string&) { return false; }
  virtual bool key(std::string&) { return false; }
  virtual bool open(bool /*array*/) { return false; }  // [ or {
  virtual bool close() { return false; }               // ] or }
};

// A member of the top-level object handed to its reader instead of the document.
struct Capture {
  std::string_view key;
  ValueReader* reader = nullptr;
  bool found = false;
};

// As parseJson, with the captured members left out of the document. When a
// reader gives up, gaveUp is set and the document is discarded.
json parseJson(std::string_view text, std::vector<Capture>& captures, bool& gaveUp);

// A place in text as an editor shows it: line and column, both from 1.
struct TextPlace {
  std::size_t line = 1;
  std::size_t column = 1;
};
// The place of the offset-th byte (from 1, as parseJson's stop counts).
TextPlace placeOf(std::string_view text, std::size_t offset);

// Compact JSON; invalid UTF-8 in strings is replaced rather than refused.
std::string dumpJson(const json& value);

}  // namespace limber
