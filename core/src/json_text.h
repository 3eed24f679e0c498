// Internal: the one place where JSON text becomes a document and a document text
// again, so nlohmann's parser and serializer are instantiated once (the wasm
// module carries one copy) and both are used the same way everywhere.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace limber {

using nlohmann::json;

// The document, or a discarded value (is_discarded()) when text is not JSON;
// then stop, when given, is where it stopped being JSON: the byte, from 1, where
// the first token that cannot be there starts.
json parseJson(std::string_view text, std::size_t* stop = nullptr);

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
