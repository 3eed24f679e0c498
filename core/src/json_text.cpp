#include "json_text.h"

#include <algorithm>

namespace limber {

namespace {
// nlohmann's own document builder that also keeps where the text stopped being
// JSON (json::parse builds the same way but forgets the place), and hands the
// captured members of the top-level object to their readers instead.
class Builder : public nlohmann::detail::json_sax_dom_parser<json> {
  using Dom = json_sax_dom_parser;

 public:
  Builder(json& document, std::vector<Capture>* captures) : Dom(document, false), captures_(captures) {}

  bool null() { return reader_ ? scalar(reader_->null()) : Dom::null(); }
  bool boolean(bool value) { return reader_ ? scalar(reader_->flag(value)) : Dom::boolean(value); }
  bool number_integer(json::number_integer_t value) { return reader_ ? giveUp() : Dom::number_integer(value); }
  bool number_unsigned(json::number_unsigned_t value) {
    return reader_ ? scalar(reader_->number(value)) : Dom::number_unsigned(value);
  }
  bool number_float(json::number_float_t value, const std::string& text) {
    return reader_ ? giveUp() : Dom::number_float(value, text);
  }
  bool string(std::string& value) { return reader_ ? scalar(reader_->text(value)) : Dom::string(value); }
  bool binary(json::binary_t& value) { return reader_ ? giveUp() : Dom::binary(value); }
  bool start_object(std::size_t size) { return reader_ ? open(false) : (++depth_, Dom::start_object(size)); }
  bool start_array(std::size_t size) { return reader_ ? open(true) : (++depth_, Dom::start_array(size)); }
  bool end_object() { return reader_ ? close() : (--depth_, Dom::end_object()); }
  bool end_array() { return reader_ ? close() : (--depth_, Dom::end_array()); }
  bool key(std::string& name) {
    if (reader_) return reader_->key(name) || giveUp();
    if (depth_ == 1 && captures_ != nullptr) {
      for (Capture& capture : *captures_) {
        if (capture.key != name) continue;
        if (capture.found) return giveUp();  // twice: the document keeps the last, the reader the first
        capture.found = true;
        reader_ = capture.reader;
        return true;
      }
    }
    return Dom::key(name);
  }
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
    read = position;
    last = token;
    return Dom::parse_error(position, token, error);
  }

  std::size_t read = 0;  // characters read when it stopped, the offending token's last among them
  std::string last;      // the lexer's text of that token
  bool gaveUp = false;

 private:
  bool giveUp() {
    gaveUp = true;
    return false;
  }
  bool scalar(bool ok) {
    if (levels_ == 0) reader_ = nullptr;
    return ok || giveUp();
  }
  bool open(bool array) {
    ++levels_;
    return reader_->open(array) || giveUp();
  }
  bool close() {
    const bool ok = reader_->close();
    if (--levels_ == 0) reader_ = nullptr;
    return ok || giveUp();
  }

  std::vector<Capture>* captures_;
  ValueReader* reader_ = nullptr;  // the reader of the captured member being read
  int depth_ = 0;                  // the document's levels open
  int levels_ = 0;                 // the captured member's levels open
};

// Where the token that cannot be there starts, as an editor shows it. The
// lexer's token text is exactly that token for a string or a number, but runs
// on from the token before for a bracket, a comma, a colon or a bare word.
std::size_t tokenStart(std::size_t read, const std::string& token, std::size_t textSize) {
  if (read > textSize || token.empty()) return read;  // the text ended too soon
  std::size_t length = 1;
  if (std::string_view("[]{}:,").find(token.back()) == std::string_view::npos) {
    const bool quoted = token.size() > 1 && token.front() == '"' && token.back() == '"';
    const std::size_t cut =
        quoted ? std::string::npos : token.find_last_of(" \t\r\n[]{}:,", token.size() - 1 - (token.size() > 1));
    length = cut == std::string::npos ? token.size() : token.size() - cut - 1;
  }
  return read > length ? read - length + 1 : 1;
}
}  // namespace

namespace {
json parse(std::string_view text, std::vector<Capture>* captures, bool* gaveUp, std::size_t* stop) {
  json document;
  Builder builder(document, captures);
  // The parser itself, not json::sax_parse, which would bring in every binary format's reader too.
  nlohmann::detail::parser<json, decltype(nlohmann::detail::input_adapter(text.begin(), text.end()))> parser(
      nlohmann::detail::input_adapter(text.begin(), text.end()), nullptr, false);
  if (parser.sax_parse(&builder, true)) return document;
  if (gaveUp != nullptr) *gaveUp = builder.gaveUp;
  if (stop != nullptr) *stop = tokenStart(builder.read, builder.last, text.size());
  return json(json::value_t::discarded);
}
}  // namespace

json parseJson(std::string_view text, std::size_t* stop) { return parse(text, nullptr, nullptr, stop); }

json parseJson(std::string_view text, std::vector<Capture>& captures, bool& gaveUp) {
  return parse(text, &captures, &gaveUp, nullptr);
}

TextPlace placeOf(std::string_view text, std::size_t offset) {
  TextPlace place;
  const std::size_t end = std::min(offset > 0 ? offset - 1 : 0, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++place.line;
      place.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++place.column;  // a character, not each byte of one
    }
  }
  return place;
}

std::string dumpJson(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace limber
