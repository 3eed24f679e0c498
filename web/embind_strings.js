// An Emscripten library (linked with --js-library) that replaces embind's
// converter for std::string: Emscripten 3.1.6's measures and encodes each
// request and scans each answer for zero bytes one character at a time in
// JavaScript, which was 13 % of adding every pack and 12 % of reading ten years
// of history in wasm. Here the browser's TextEncoder writes a request straight
// into the module's memory and TextDecoder reads an answer where it lies.
// The wire format is embind's own: a malloc'd block holding the length in
// bytes, the bytes, and (towards C++) a closing zero.
mergeInto(LibraryManager.library, {
  _embind_register_std_string__deps: ['$readLatin1String', '$registerType', '$simpleReadValueFromPointer',
    '$throwBindingError'],
  _embind_register_std_string: function (rawType, name) {
    var encoder = new TextEncoder();
    registerType(rawType, {
      name: readLatin1String(name),
      'fromWireType': function (value) {
        var text = UTF8Decoder.decode(HEAPU8.subarray(value + 4, value + 4 + HEAPU32[value >> 2]));
        _free(value);
        return text;
      },
      'toWireType': function (destructors, value) {
        if (typeof value != 'string') throwBindingError('Cannot pass non-string to std::string');
        // Room for ASCII, as nearly every request is; for anything else, room for
        // three bytes a character of what is left. HEAPU8 is read again after each
        // _malloc, which may have grown the memory.
        var ptr = _malloc(value.length + 5);
        var done = encoder.encodeInto(value, HEAPU8.subarray(ptr + 4, ptr + 4 + value.length));
        var length = done.written;
        if (done.read < value.length) {
          var room = length + 3 * (value.length - done.read);
          var larger = _malloc(room + 5);
          HEAPU8.copyWithin(larger + 4, ptr + 4, ptr + 4 + length);
          _free(ptr);
          ptr = larger;
          length += encoder.encodeInto(value.slice(done.read), HEAPU8.subarray(ptr + 4 + length, ptr + 4 + room)).written;
        }
        HEAPU32[ptr >> 2] = length;
        HEAPU8[ptr + 4 + length] = 0;
        if (destructors !== null) destructors.push(_free, ptr);
        return ptr;
      },
      'argPackAdvance': 8,
      'readValueFromPointer': simpleReadValueFromPointer,
      destructorFunction: function (ptr) {
        _free(ptr);
      },
    });
  },
});
