// Internal: the one place where JSON text becomes a document and a document text
// again, so nlohmann's parser and serializer are instantiated once (the wasm
// module carries one copy) and both are used the same way everywhere.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace limber {

using nlohmann::json;

// The document, or a discarded value (is_discarded()) when text is not JSON.
json parseJson(std::string_view text);

// Compact JSON; invalid UTF-8 in strings is replaced rather than refused.
std::string dumpJson(const json& value);

}  // namespace limber
