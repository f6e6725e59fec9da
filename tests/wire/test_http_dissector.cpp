// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// The HTTP dissector against TShark 4.0.17 (see tshark_golden.h). Frames were built with
// HttpRequest/HttpResponse or written by hand, each in one TCP segment to or from port 80.
// Known, deliberate differences from Wireshark, which reassembles TCP streams: a message cut off
// at the end of a segment is shown as far as it goes, and de-chunked http.file_data (like the
// fields of the body's own layer, such as data.data) is placed on the chunked bytes it came from.
#include "tshark_golden.h"
#include "wire/app_dissectors.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

using app_golden::AppGoldenFrame;
using app_golden::fromHex;

const std::vector<AppGoldenFrame>& goldenFrames() {
    static const std::vector<AppGoldenFrame> frames = {
        {"curl GET",
         "0001020304050001020304060800450000760001400040063c4b7f0000017f000035c3500050000003e800000"
         "7d05018ffff00000000474554202f20485454502f312e310d0a486f73743a207777772e666f6f6261722e636f"
         "6d0d0a557365722d4167656e743a206375726c2f372e38382e310d0a4163636570743a202a2f2a0d0a0d0a",
         54,
         true,
         "GET / HTTP/1.1 ",
         {
             {"http.accept", {"*/*"}, {{117, 13}}},
             {"http.host", {"www.foobar.com"}, {{70, 22}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://www.foobar.com/"}, {{54, 0}}},
             {"http.request.line",
              {"Host: www.foobar.com\\r\\n", "User-Agent: curl/7.88.1\\r\\n", "Accept: */*\\r\\n"},
              {{70, 22}, {92, 25}, {117, 13}}},
             {"http.request.method", {"GET"}, {{54, 3}}},
             {"http.request.uri", {"/"}, {{58, 1}}},
             {"http.request.version", {"HTTP/1.1"}, {{60, 8}}},
             {"http.user_agent", {"curl/7.88.1"}, {{92, 25}}},
         }},
        {"200 with HTML",
         "0001020304050001020304060800450000b30001400040063c0e7f0000017f0000350050c351000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a2074657874"
         "2f68746d6c0d0a436f6e74656e742d4c656e6774683a2032390d0a5365727665723a20686f7073636f70652f3"
         "02e310d0a436f6e6e656374696f6e3a206b6565702d616c6976650d0a0d0a3c68746d6c3e3c626f64793e6869"
         "3c2f626f64793e3c2f68746d6c3e0a",
         54,
         true,
         "HTTP/1.1 200 OK  (text/html)",
         {
             {"http.connection", {"keep-alive"}, {{138, 24}}},
             {"http.content_length", {"29"}, {{96, 20}}},
             {"http.content_length_header", {"29"}, {{96, 20}}},
             {"http.content_type", {"text/html"}, {{71, 25}}},
             {"http.file_data", {"<html><body>hi</body></html>\\n"}, {{164, 29}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: text/html\\r\\n", "Content-Length: 29\\r\\n",
               "Server: hopscope/0.1\\r\\n", "Connection: keep-alive\\r\\n"},
              {{71, 25}, {96, 20}, {116, 22}, {138, 24}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
             {"http.server", {"hopscope/0.1"}, {{116, 22}}},
         }},
        {"POST with JSON and a query",
         "00010203040500010203040608004500009c0001400040063c257f0000017f000035c3520050000003e800000"
         "7d05018ffff00000000504f5354202f6170692f6974656d733f783d3126793d3220485454502f312e310d0a48"
         "6f73743a203132372e302e302e313a383038300d0a436f6e74656e742d547970653a206170706c69636174696"
         "f6e2f6a736f6e0d0a436f6e74656e742d4c656e6774683a20370d0a0d0a7b2261223a317d",
         54,
         true,
         "POST /api/items?x=1&y=2 HTTP/1.1 , JavaScript Object Notation (application/json)",
         {
             {"http.content_length", {"7"}, {{142, 19}}},
             {"http.content_length_header", {"7"}, {{142, 19}}},
             {"http.content_type", {"application/json"}, {{110, 32}}},
             {"http.file_data", {"{\"a\":1}"}, {{163, 7}}},
             {"http.host", {"127.0.0.1:8080"}, {{88, 22}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://127.0.0.1:8080/api/items?x=1&y=2"}, {{54, 0}}},
             {"http.request.line",
              {"Host: 127.0.0.1:8080\\r\\n", "Content-Type: application/json\\r\\n",
               "Content-Length: 7\\r\\n"},
              {{88, 22}, {110, 32}, {142, 19}}},
             {"http.request.method", {"POST"}, {{54, 4}}},
             {"http.request.uri", {"/api/items?x=1&y=2"}, {{59, 18}}},
             {"http.request.uri.path", {"/api/items"}, {{59, 10}}},
             {"http.request.uri.query", {"x=1&y=2"}, {{70, 7}}},
             {"http.request.uri.query.parameter", {"x=1", "y=2"}, {{70, 3}, {74, 3}}},
             {"http.request.version", {"HTTP/1.1"}, {{78, 8}}},
             {"json.key", {"a"}, {{164, 3}}},
             {"json.member", {"a"}, {{164, 5}}},
             {"json.member_with_value", {"a:1"}, {{168, 1}}},
             {"json.object", {"1"}, {{163, 7}}},
             {"json.path", {"/a"}, {{164, 5}}},
             {"json.path_with_value", {"/a:1"}, {{168, 1}}},
             {"json.value.number", {"1"}, {{168, 1}}},
         }},
        {"404 text",
         "0001020304050001020304060800450000890001400040063c387f0000017f0000350050c353000003e800000"
         "7d05018ffff00000000485454502f312e3120343034204e6f7420466f756e640d0a436f6e74656e742d547970"
         "653a20746578742f706c61696e3b20636861727365743d7574662d380d0a436f6e74656e742d4c656e6774683"
         "a2031300d0a0d0a6e6f7420666f756e640a",
         54,
         true,
         "HTTP/1.1 404 Not Found  (text/plain)",
         {
             {"http.content_length", {"10"}, {{119, 20}}},
             {"http.content_length_header", {"10"}, {{119, 20}}},
             {"http.content_type", {"text/plain; charset=utf-8"}, {{78, 41}}},
             {"http.file_data", {"not found\\n"}, {{141, 10}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"404"}, {{63, 3}}},
             {"http.response.code.desc", {"Not Found"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: text/plain; charset=utf-8\\r\\n", "Content-Length: 10\\r\\n"},
              {{78, 41}, {119, 20}}},
             {"http.response.phrase", {"Not Found"}, {{67, 9}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"204 no content",
         "00010203040500010203040608004500004e0001400040063c737f0000017f0000350050c354000003e800000"
         "7d05018ffff00000000485454502f312e3120323034204e6f20436f6e74656e740d0a5365727665723a20780d"
         "0a0d0a",
         54,
         true,
         "HTTP/1.1 204 No Content ",
         {
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"204"}, {{63, 3}}},
             {"http.response.code.desc", {"No Content"}, {{63, 3}}},
             {"http.response.line", {"Server: x\\r\\n"}, {{79, 11}}},
             {"http.response.phrase", {"No Content"}, {{67, 10}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
             {"http.server", {"x"}, {{79, 11}}},
         }},
        {"chunked response with extension and trailer",
         "0001020304050001020304060800450000a30001400040063c1e7f0000017f0000350050c355000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a2074657874"
         "2f706c61696e0d0a5472616e736665722d456e636f64696e673a206368756e6b65640d0a0d0a350d0a68656c6"
         "c6f0d0a363b666f6f3d6261720d0a20776f726c640d0a300d0a582d547261696c65723a207965730d0a0d0a",
         54,
         true,
         "HTTP/1.1 200 OK  (text/plain)",
         {
             {"http.chunk_boundary", {"0d0a", "0d0a"}, {{135, 2}, {154, 2}}},
             {"http.chunk_data", {"68656c6c6f", "20776f726c64"}, {{130, 5}, {148, 6}}},
             {"http.chunk_size", {"5", "6", "0"}, {{127, 3}, {137, 11}, {156, 3}}},
             {"http.chunked_trailer_part", {"X-Trailer: yes\\r\\n"}, {{159, 16}}},
             {"http.content_type", {"text/plain"}, {{71, 26}}},
             {"http.file_data", {"hello world"}, {}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: text/plain\\r\\n", "Transfer-Encoding: chunked\\r\\n"},
              {{71, 26}, {97, 28}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
             {"http.transfer_encoding", {"chunked"}, {{97, 28}}},
         }},
        {"HEAD over HTTP/1.0",
         "0001020304050001020304060800450000570001400040063c6a7f0000017f000035c3560050000003e800000"
         "7d05018ffff0000000048454144202f20485454502f312e300d0a486f73743a20610d0a436f6e6e656374696f"
         "6e3a20636c6f73650d0a0d0a",
         54,
         true,
         "HEAD / HTTP/1.0 ",
         {
             {"http.connection", {"close"}, {{80, 19}}},
             {"http.host", {"a"}, {{71, 9}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://a/"}, {{54, 0}}},
             {"http.request.line",
              {"Host: a\\r\\n", "Connection: close\\r\\n"},
              {{71, 9}, {80, 19}}},
             {"http.request.method", {"HEAD"}, {{54, 4}}},
             {"http.request.uri", {"/"}, {{59, 1}}},
             {"http.request.version", {"HTTP/1.0"}, {{61, 8}}},
         }},
        {"301 HTTP/1.0 redirect",
         "00010203040500010203040608004500007f0001400040063c427f0000017f0000350050c357000003e800000"
         "7d05018ffff00000000485454502f312e3020333031204d6f766564205065726d616e656e746c790d0a4c6f63"
         "6174696f6e3a20687474703a2f2f7777772e666f6f6261722e636f6d2f0d0a436f6e74656e742d4c656e67746"
         "83a20300d0a0d0a",
         54,
         true,
         "HTTP/1.0 301 Moved Permanently ",
         {
             {"http.content_length", {"0"}, {{120, 19}}},
             {"http.content_length_header", {"0"}, {{120, 19}}},
             {"http.location", {"http://www.foobar.com/"}, {{86, 34}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"301"}, {{63, 3}}},
             {"http.response.code.desc", {"Moved Permanently"}, {{63, 3}}},
             {"http.response.line",
              {"Location: http://www.foobar.com/\\r\\n", "Content-Length: 0\\r\\n"},
              {{86, 34}, {120, 19}}},
             {"http.response.phrase", {"Moved Permanently"}, {{67, 17}}},
             {"http.response.version", {"HTTP/1.0"}, {{54, 8}}},
         }},
        {"cookies and user agent",
         "00010203040500010203040608004500009a0001400040063c277f0000017f000035c3580050000003e800000"
         "7d05018ffff00000000474554202f612532306220485454502f312e310d0a486f73743a20780d0a557365722d"
         "4167656e743a204d6f7a696c6c612f352e3020285831313b204c696e7578207838365f3634290d0a436f6f6b6"
         "9653a20613d623b20633d640d0a436f6e74656e742d4c656e6774683a20300d0a0d0a",
         54,
         true,
         "GET /a%20b HTTP/1.1 ",
         {
             {"http.content_length", {"0"}, {{147, 19}}},
             {"http.content_length_header", {"0"}, {{147, 19}}},
             {"http.cookie", {"a=b; c=d"}, {{129, 18}}},
             {"http.cookie_pair", {"a=b", "c=d"}, {{137, 3}, {142, 3}}},
             {"http.host", {"x"}, {{75, 9}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://x/a%20b"}, {{54, 0}}},
             {"http.request.line",
              {"Host: x\\r\\n", "User-Agent: Mozilla/5.0 (X11; Linux x86_64)\\r\\n",
               "Cookie: a=b; c=d\\r\\n", "Content-Length: 0\\r\\n"},
              {{75, 9}, {84, 45}, {129, 18}, {147, 19}}},
             {"http.request.method", {"GET"}, {{54, 3}}},
             {"http.request.uri", {"/a%20b"}, {{58, 6}}},
             {"http.request.version", {"HTTP/1.1"}, {{65, 8}}},
             {"http.user_agent", {"Mozilla/5.0 (X11; Linux x86_64)"}, {{84, 45}}},
         }},
        {"status line without phrase",
         "00010203040500010203040608004500004d0001400040063c747f0000017f0000350050c359000003e800000"
         "7d05018ffff00000000485454502f312e31203230300d0a436f6e74656e742d4c656e6774683a20320d0a0d0a"
         "6f6b",
         54,
         true,
         "HTTP/1.1 200 ",
         {
             {"data.data", {"6f6b"}, {{89, 2}}},
             {"data.len", {"2"}, {{89, 0}}},
             {"http.content_length", {"2"}, {{68, 19}}},
             {"http.content_length_header", {"2"}, {{68, 19}}},
             {"http.file_data", {"ok"}, {{89, 2}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line", {"Content-Length: 2\\r\\n"}, {{68, 19}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"lower-case header names",
         "0001020304050001020304060800450000ae0001400040063c137f0000017f0000350050c35a000003e800000"
         "7d05018ffff00000000485454502f312e312035303020496e7465726e616c20536572766572204572726f720d"
         "0a636f6e74656e742d747970653a20746578742f68746d6c3b20636861727365743d7574662d380d0a636f6e7"
         "4656e742d6c656e6774683a20330d0a636f6e6e656374696f6e3a20636c6f73650d0a7365727665723a206e67"
         "696e780d0a0d0a657272",
         54,
         true,
         "HTTP/1.1 500 Internal Server Error  (text/html)",
         {
             {"http.connection", {"close"}, {{149, 19}}},
             {"http.content_length", {"3"}, {{130, 19}}},
             {"http.content_length_header", {"3"}, {{130, 19}}},
             {"http.content_type", {"text/html; charset=utf-8"}, {{90, 40}}},
             {"http.file_data", {"err"}, {{185, 3}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"500"}, {{63, 3}}},
             {"http.response.code.desc", {"Internal Server Error"}, {{63, 3}}},
             {"http.response.line",
              {"content-type: text/html; charset=utf-8\\r\\n", "content-length: 3\\r\\n",
               "connection: close\\r\\n", "server: nginx\\r\\n"},
              {{90, 40}, {130, 19}, {149, 19}, {168, 15}}},
             {"http.response.phrase", {"Internal Server Error"}, {{67, 21}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
             {"http.server", {"nginx"}, {{168, 15}}},
         }},
        {"two pipelined requests",
         "0001020304050001020304060800450000610001400040063c607f0000017f000035c35b0050000003e800000"
         "7d05018ffff00000000474554202f20485454502f312e310d0a486f73743a20610d0a0d0a474554202f74776f"
         "20485454502f312e310d0a486f73743a20610d0a0d0a",
         54,
         true,
         "GET / HTTP/1.1 GET /two HTTP/1.1 ",
         {
             {"http.host", {"a", "a"}, {{70, 9}, {100, 9}}},
             {"http.request", {"1", "1"}, {{54, 0}, {135, 0}}},
             {"http.request.full_uri", {"http://a/", "http://a/two"}, {{54, 0}, {135, 0}}},
             {"http.request.line", {"Host: a\\r\\n", "Host: a\\r\\n"}, {{70, 9}, {100, 9}}},
             {"http.request.method", {"GET", "GET"}, {{54, 3}, {81, 3}}},
             {"http.request.uri", {"/", "/two"}, {{58, 1}, {85, 4}}},
             {"http.request.version", {"HTTP/1.1", "HTTP/1.1"}, {{60, 8}, {90, 8}}},
         }},
        {"OPTIONS star and an unknown header",
         "0001020304050001020304060800450000610001400040063c607f0000017f000035c35c0050000003e800000"
         "7d05018ffff000000004f5054494f4e53202a20485454502f312e310d0a486f73743a20610d0a582d57656972"
         "643a20207370616365642076616c756520200d0a0d0a",
         54,
         true,
         "OPTIONS * HTTP/1.1 ",
         {
             {"http.host", {"a"}, {{74, 9}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://a*"}, {{54, 0}}},
             {"http.request.line",
              {"Host: a\\r\\n", "X-Weird:  spaced value  \\r\\n"},
              {{74, 9}, {83, 26}}},
             {"http.request.method", {"OPTIONS"}, {{54, 7}}},
             {"http.request.uri", {"*"}, {{62, 1}}},
             {"http.request.version", {"HTTP/1.1"}, {{64, 8}}},
         }},
        {"100 Continue",
         "0001020304050001020304060800450000410001400040063c807f0000017f0000350050c35d000003e800000"
         "7d05018ffff00000000485454502f312e312031303020436f6e74696e75650d0a0d0a",
         54,
         true,
         "HTTP/1.1 100 Continue ",
         {
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"100"}, {{63, 3}}},
             {"http.response.code.desc", {"Continue"}, {{63, 3}}},
             {"http.response.phrase", {"Continue"}, {{67, 8}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"PUT with a body",
         "0001020304050001020304060800450000760001400040063c4b7f0000017f000035c35e0050000003e800000"
         "7d05018ffff00000000505554202f7820485454502f312e310d0a486f73743a20610d0a436f6e74656e742d4c"
         "656e6774683a20350d0a436f6e74656e742d547970653a20746578742f706c61696e0d0a0d0a68656c6c6f",
         54,
         true,
         "PUT /x HTTP/1.1  (text/plain)",
         {
             {"http.content_length", {"5"}, {{80, 19}}},
             {"http.content_length_header", {"5"}, {{80, 19}}},
             {"http.content_type", {"text/plain"}, {{99, 26}}},
             {"http.file_data", {"hello"}, {{127, 5}}},
             {"http.host", {"a"}, {{71, 9}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://a/x"}, {{54, 0}}},
             {"http.request.line",
              {"Host: a\\r\\n", "Content-Length: 5\\r\\n", "Content-Type: text/plain\\r\\n"},
              {{71, 9}, {80, 19}, {99, 26}}},
             {"http.request.method", {"PUT"}, {{54, 3}}},
             {"http.request.uri", {"/x"}, {{58, 2}}},
             {"http.request.version", {"HTTP/1.1"}, {{61, 8}}},
         }},
        {"304 not modified",
         "0001020304050001020304060800450000520001400040063c6f7f0000017f0000350050c35f000003e800000"
         "7d05018ffff00000000485454502f312e3120333034204e6f74204d6f6469666965640d0a455461673a202261"
         "6263220d0a0d0a",
         54,
         true,
         "HTTP/1.1 304 Not Modified ",
         {
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"304"}, {{63, 3}}},
             {"http.response.code.desc", {"Not Modified"}, {{63, 3}}},
             {"http.response.line", {"ETag: \"abc\"\\r\\n"}, {{81, 13}}},
             {"http.response.phrase", {"Not Modified"}, {{67, 12}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"binary PNG body",
         "00010203040500010203040608004500006b0001400040063c567f0000017f0000350050c360000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a20696d6167"
         "652f706e670d0a436f6e74656e742d4c656e6774683a20340d0a0d0a89504e47",
         54,
         true,
         "HTTP/1.1 200 OK  (image/png)",
         {
             {"http.content_length", {"4"}, {{96, 19}}},
             {"http.content_length_header", {"4"}, {{96, 19}}},
             {"http.content_type", {"image/png"}, {{71, 25}}},
             {"http.file_data",
              {"\xef"
               "\xbf"
               "\xbd"
               "PNG"},
              {{117, 4}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: image/png\\r\\n", "Content-Length: 4\\r\\n"},
              {{71, 25}, {96, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
             {"media.type", {"89504e47"}, {{117, 4}}},
         }},
        {"non-ASCII and control bytes in a header",
         "0001020304050001020304060800450000600001400040063c617f0000017f000035c3610050000003e800000"
         "7d05018ffff0000000044454c455445202f6974656d2f3720485454502f312e310d0a486f73743a20610d0a55"
         "7365722d4167656e743a2074c3a97374010d0a0d0a",
         54,
         true,
         "DELETE /item/7 HTTP/1.1 ",
         {
             {"http.host", {"a"}, {{79, 9}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://a/item/7"}, {{54, 0}}},
             {"http.request.line",
              {"Host: a\\r\\n", "User-Agent: t\xef"
                                "\xbf"
                                "\xbd"
                                "\xef"
                                "\xbf"
                                "\xbd"
                                "st\x01"
                                "\\r\\n"},
              {{79, 9}, {88, 20}}},
             {"http.request.method", {"DELETE"}, {{54, 6}}},
             {"http.request.uri", {"/item/7"}, {{61, 7}}},
             {"http.request.version", {"HTTP/1.1"}, {{69, 8}}},
             {"http.user_agent",
              {"t\xef"
               "\xbf"
               "\xbd"
               "\xef"
               "\xbf"
               "\xbd"
               "st\x01"
               ""},
              {{88, 20}}},
         }},
        {"whitespace around header values",
         "0001020304050001020304060800450000700001400040063c517f0000017f000035cd140050000003e800000"
         "7d05018ffff00000000474554202f20485454502f312e310d0a486f73743a2020206120200d0a557365722d41"
         "67656e743a097561090d0a436f6e6e656374696f6e3a204b6565702d416c6976650d0a0d0a",
         54,
         true,
         "GET / HTTP/1.1 ",
         {
             {"http.connection", {"Keep-Alive"}, {{100, 24}}},
             {"http.host", {"a  "}, {{70, 13}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://a/"}, {{54, 0}}},
             {"http.request.line",
              {"Host:   a  \\r\\n", "User-Agent:\\tua\\t\\r\\n", "Connection: Keep-Alive\\r\\n"},
              {{70, 13}, {83, 17}, {100, 24}}},
             {"http.request.method", {"GET"}, {{54, 3}}},
             {"http.request.uri", {"/"}, {{58, 1}}},
             {"http.request.version", {"HTTP/1.1"}, {{60, 8}}},
             {"http.user_agent", {"ua\\t"}, {{83, 17}}},
         }},
        {"content type without body",
         "0001020304050001020304060800450000710001400040063c507f0000017f0000350050cd15000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a2054657874"
         "2f48544d4c3b636861727365743d780d0a436f6e74656e742d4c656e6774683a20300d0a0d0a",
         54,
         true,
         "HTTP/1.1 200 OK ",
         {
             {"http.content_length", {"0"}, {{106, 19}}},
             {"http.content_length_header", {"0"}, {{106, 19}}},
             {"http.content_type", {"Text/HTML;charset=x"}, {{71, 35}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: Text/HTML;charset=x\\r\\n", "Content-Length: 0\\r\\n"},
              {{71, 35}, {106, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"request without Host",
         "00010203040500010203040608004500004d0001400040063c747f0000017f000035cd170050000003e800000"
         "7d05018ffff00000000474554202f6e6f686f737420485454502f312e310d0a4163636570743a202a2f2a0d0a"
         "0d0a",
         54,
         true,
         "GET /nohost HTTP/1.1 ",
         {
             {"http.accept", {"*/*"}, {{76, 13}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.line", {"Accept: */*\\r\\n"}, {{76, 13}}},
             {"http.request.method", {"GET"}, {{54, 3}}},
             {"http.request.uri", {"/nohost"}, {{58, 7}}},
             {"http.request.version", {"HTTP/1.1"}, {{66, 8}}},
         }},
        {"many known headers",
         "0001020304050001020304060800450000d70001400040063bea7f0000017f0000350050cd18000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a5365727665723a20730d0a446174653a204d"
         "6f6e2c203031204a616e20323032342030303a30303a303020474d540d0a43616368652d436f6e74726f6c3a2"
         "06e6f2d63616368650d0a5365742d436f6f6b69653a20613d620d0a4c6173742d4d6f6469666965643a20780d"
         "0a436f6e74656e742d456e636f64696e673a206964656e746974790d0a436f6e74656e742d4c656e6774683a2"
         "0310d0a0d0a7a",
         54,
         true,
         "HTTP/1.1 200 OK ",
         {
             {"data.data", {"7a"}, {{228, 1}}},
             {"data.len", {"1"}, {{228, 0}}},
             {"http.cache_control", {"no-cache"}, {{119, 25}}},
             {"http.content_encoding", {"identity"}, {{179, 28}}},
             {"http.content_length", {"1"}, {{207, 19}}},
             {"http.content_length_header", {"1"}, {{207, 19}}},
             {"http.date", {"Mon, 01 Jan 2024 00:00:00 GMT"}, {{82, 37}}},
             {"http.file_data", {"z"}, {{228, 1}}},
             {"http.last_modified", {"x"}, {{161, 18}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Server: s\\r\\n", "Date: Mon, 01 Jan 2024 00:00:00 GMT\\r\\n",
               "Cache-Control: no-cache\\r\\n", "Set-Cookie: a=b\\r\\n", "Last-Modified: x\\r\\n",
               "Content-Encoding: identity\\r\\n", "Content-Length: 1\\r\\n"},
              {{71, 11}, {82, 37}, {119, 25}, {144, 17}, {161, 18}, {179, 28}, {207, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
             {"http.server", {"s"}, {{71, 11}}},
             {"http.set_cookie", {"a=b"}, {{144, 17}}},
         }},
        {"chunked POST",
         "00010203040500010203040608004500006e0001400040063c537f0000017f000035cd190050000003e800000"
         "7d05018ffff00000000504f5354202f6620485454502f312e310d0a486f73743a20680d0a5472616e73666572"
         "2d456e636f64696e673a206368756e6b65640d0a0d0a330d0a6162630d0a300d0a0d0a",
         54,
         true,
         "POST /f HTTP/1.1 ",
         {
             {"data.data", {"616263"}, {}},
             {"data.len", {"3"}, {}},
             {"http.chunk_boundary", {"0d0a"}, {{117, 2}}},
             {"http.chunk_data", {"616263"}, {{114, 3}}},
             {"http.chunk_size", {"3", "0"}, {{111, 3}, {119, 3}}},
             {"http.file_data", {"abc"}, {}},
             {"http.host", {"h"}, {{72, 9}}},
             {"http.request", {"1"}, {{54, 0}}},
             {"http.request.full_uri", {"http://h/f"}, {{54, 0}}},
             {"http.request.line",
              {"Host: h\\r\\n", "Transfer-Encoding: chunked\\r\\n"},
              {{72, 9}, {81, 28}}},
             {"http.request.method", {"POST"}, {{54, 4}}},
             {"http.request.uri", {"/f"}, {{59, 2}}},
             {"http.request.version", {"HTTP/1.1"}, {{62, 8}}},
             {"http.transfer_encoding", {"chunked"}, {{81, 28}}},
         }},
        {"text/html body",
         "0001020304050001020304060800450000690001400040063c587f0000017f0000350050d2f0000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a2074657874"
         "2f68746d6c0d0a436f6e74656e742d4c656e6774683a20320d0a0d0a6869",
         54,
         true,
         "HTTP/1.1 200 OK  (text/html)",
         {
             {"http.content_length", {"2"}, {{96, 19}}},
             {"http.content_length_header", {"2"}, {{96, 19}}},
             {"http.content_type", {"text/html"}, {{71, 25}}},
             {"http.file_data", {"hi"}, {{117, 2}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: text/html\\r\\n", "Content-Length: 2\\r\\n"},
              {{71, 25}, {96, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"upper-case content type with parameters",
         "0001020304050001020304060800450000780001400040063c497f0000017f0000350050d2f2000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a2054455854"
         "2f48544d4c3b20636861727365743d5554462d380d0a436f6e74656e742d4c656e6774683a20320d0a0d0a686"
         "9",
         54,
         true,
         "HTTP/1.1 200 OK  (text/html)",
         {
             {"http.content_length", {"2"}, {{111, 19}}},
             {"http.content_length_header", {"2"}, {{111, 19}}},
             {"http.content_type", {"TEXT/HTML; charset=UTF-8"}, {{71, 40}}},
             {"http.file_data", {"hi"}, {{132, 2}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: TEXT/HTML; charset=UTF-8\\r\\n", "Content-Length: 2\\r\\n"},
              {{71, 40}, {111, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"JSON body",
         "0001020304050001020304060800450000700001400040063c517f0000017f0000350050d2fc000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a206170706c"
         "69636174696f6e2f6a736f6e0d0a436f6e74656e742d4c656e6774683a20320d0a0d0a6869",
         54,
         true,
         "HTTP/1.1 200 OK , JavaScript Object Notation (application/json)",
         {
             {"http.content_length", {"2"}, {{103, 19}}},
             {"http.content_length_header", {"2"}, {{103, 19}}},
             {"http.content_type", {"application/json"}, {{71, 32}}},
             {"http.file_data", {"hi"}, {{124, 2}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: application/json\\r\\n", "Content-Length: 2\\r\\n"},
              {{71, 32}, {103, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"XML body",
         "00010203040500010203040608004500006f0001400040063c527f0000017f0000350050d2fe000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a206170706c"
         "69636174696f6e2f786d6c0d0a436f6e74656e742d4c656e6774683a20320d0a0d0a6869",
         54,
         true,
         "HTTP/1.1 200 OK ",
         {
             {"http.content_length", {"2"}, {{102, 19}}},
             {"http.content_length_header", {"2"}, {{102, 19}}},
             {"http.content_type", {"application/xml"}, {{71, 31}}},
             {"http.file_data", {"hi"}, {{123, 2}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: application/xml\\r\\n", "Content-Length: 2\\r\\n"},
              {{71, 31}, {102, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"octet-stream body",
         "0001020304050001020304060800450000780001400040063c497f0000017f0000350050d30c000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a206170706c"
         "69636174696f6e2f6f637465742d73747265616d0d0a436f6e74656e742d4c656e6774683a20320d0a0d0a686"
         "9",
         54,
         true,
         "HTTP/1.1 200 OK ",
         {
             {"data.data", {"6869"}, {{132, 2}}},
             {"data.len", {"2"}, {{132, 0}}},
             {"http.content_length", {"2"}, {{111, 19}}},
             {"http.content_length_header", {"2"}, {{111, 19}}},
             {"http.content_type", {"application/octet-stream"}, {{71, 40}}},
             {"http.file_data", {"hi"}, {{132, 2}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: application/octet-stream\\r\\n", "Content-Length: 2\\r\\n"},
              {{71, 40}, {111, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
        {"multipart body",
         "0001020304050001020304060800450000730001400040063c4e7f0000017f0000350050d30e000003e800000"
         "7d05018ffff00000000485454502f312e3120323030204f4b0d0a436f6e74656e742d547970653a206d756c74"
         "69706172742f666f726d2d646174610d0a436f6e74656e742d4c656e6774683a20320d0a0d0a6869",
         54,
         true,
         "HTTP/1.1 200 OK ",
         {
             {"data.data", {"6869"}, {{127, 2}}},
             {"data.len", {"2"}, {{127, 0}}},
             {"http.content_length", {"2"}, {{106, 19}}},
             {"http.content_length_header", {"2"}, {{106, 19}}},
             {"http.content_type", {"multipart/form-data"}, {{71, 35}}},
             {"http.file_data", {"hi"}, {{127, 2}}},
             {"http.response", {"1"}, {{54, 0}}},
             {"http.response.code", {"200"}, {{63, 3}}},
             {"http.response.code.desc", {"OK"}, {{63, 3}}},
             {"http.response.line",
              {"Content-Type: multipart/form-data\\r\\n", "Content-Length: 2\\r\\n"},
              {{71, 35}, {106, 19}}},
             {"http.response.phrase", {"OK"}, {{67, 2}}},
             {"http.response.version", {"HTTP/1.1"}, {{54, 8}}},
         }},
    };
    return frames;
}

Dissection dissectFrame(const AppGoldenFrame& g) {
    const auto frame = fromHex(g.frameHex);
    Dissection d;
    const bool ok = dissectHttp(frame, g.payloadOffset, frame.size() - g.payloadOffset, d);
    EXPECT_TRUE(ok) << g.name << ": " << d.problem;
    return d;
}

TEST(HttpDissector, MatchesTsharkFieldForField) {
    for (const auto& g : goldenFrames()) {
        const auto d = dissectFrame(g);
        EXPECT_EQ(d.protocol, "HTTP");
        app_golden::expectMatchesTshark(g, d);
    }
}

TEST(HttpDissector, PipelinedMessagesGetOneLayerEach) {
    const auto& g = goldenFrames()[11];
    const auto d = dissectFrame(g);
    ASSERT_EQ(d.layers.size(), 2U);
    EXPECT_EQ(d.layers[0].protocol, "http");
    EXPECT_EQ(d.layers[0].byteOffset, g.payloadOffset);
    EXPECT_EQ(d.layers[1].byteOffset, d.layers[0].byteOffset + d.layers[0].byteLength);
    EXPECT_EQ(d.layers[1].byteOffset + d.layers[1].byteLength, fromHex(g.frameHex).size());
    EXPECT_EQ(d.layers[0].osi, OsiLayer::Application);
    EXPECT_EQ(d.layers[0].tcpip, TcpIpLayer::Application);
}

TEST(HttpDissector, HeaderFieldsExplainThemselves) {
    const auto d = dissectFrame(goldenFrames()[0]);
    const auto host = d.find("http.host");
    ASSERT_EQ(host.size(), 1U);
    EXPECT_EQ(host[0]->value, "www.foobar.com");
    EXPECT_EQ(host[0]->shown(), "Host: www.foobar.com\\r\\n");
    EXPECT_FALSE(host[0]->meaning.empty());
    const auto method = d.find("http.request.method");
    ASSERT_EQ(method.size(), 1U);
    EXPECT_EQ(method[0]->bitOffset, goldenFrames()[0].payloadOffset * 8);
    EXPECT_EQ(method[0]->bitLength, 3U * 8);
}

TEST(HttpDissector, TextThatIsNotHttpIsRefused) {
    EXPECT_TRUE(looksLikeHttp(std::vector<std::uint8_t>{'G', 'E', 'T', ' ', '/'}));
    EXPECT_TRUE(looksLikeHttp(std::vector<std::uint8_t>{'H', 'T', 'T', 'P', '/', '1', '.', '1'}));
    EXPECT_FALSE(looksLikeHttp(std::vector<std::uint8_t>{'H', 'T', 'T', 'P', '/', '2'}));
    EXPECT_FALSE(looksLikeHttp(std::vector<std::uint8_t>{'G', 'E', 'T'}));
    EXPECT_FALSE(looksLikeHttp(std::vector<std::uint8_t>{0x16, 0x03, 0x01}));
    EXPECT_FALSE(looksLikeHttp({}));
}

std::vector<std::uint8_t> bytesOf(const std::string& s) {
    return {s.begin(), s.end()};
}

TEST(HttpDissector, MalformedMessagesReportTheProblem) {
    const auto smuggle = bytesOf("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n"
                                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    Dissection d;
    EXPECT_FALSE(dissectHttp(smuggle, 0, smuggle.size(), d));
    EXPECT_NE(d.problem.find("smuggling"), std::string::npos) << d.problem;
    EXPECT_EQ(d.info, "POST / HTTP/1.1 [Malformed Packet]");
    EXPECT_EQ(d.find("http.host").size(), 1U); // the head is still shown

    const auto folded = bytesOf("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n");
    Dissection f;
    EXPECT_FALSE(dissectHttp(folded, 0, folded.size(), f));
    EXPECT_NE(f.problem.find("obsolete line folding"), std::string::npos) << f.problem;
}

TEST(HttpDissector, MessagesCutByTheSegmentEndAreShownAsFarAsTheyGo) {
    const auto head = bytesOf("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst bytes");
    Dissection d;
    EXPECT_TRUE(dissectHttp(head, 0, head.size(), d)) << d.problem;
    EXPECT_EQ(d.info, "HTTP/1.1 200 OK ");
    EXPECT_EQ(d.find("http.content_length").size(), 1U);
    EXPECT_TRUE(d.find("http.file_data").empty());

    const auto partial = bytesOf("GET /long HTTP/1.1\r\nHost: a\r\nUser-Ag");
    Dissection p;
    EXPECT_TRUE(dissectHttp(partial, 0, partial.size(), p)) << p.problem;
    EXPECT_EQ(p.info, "GET /long HTTP/1.1 ");
    EXPECT_EQ(p.find("http.host").size(), 1U);
    EXPECT_TRUE(p.find("http.user_agent").empty());
}

TEST(HttpDissector, EveryPrefixOfAMessageIsHandled) {
    const auto& g = goldenFrames()[5]; // chunked with an extension and a trailer
    const auto frame = fromHex(g.frameHex);
    for (std::size_t len = 0; len + g.payloadOffset <= frame.size(); ++len) {
        Dissection d;
        dissectHttp(frame, g.payloadOffset, len, d);
        EXPECT_EQ(d.protocol, "HTTP");
        for (const auto& l : d.layers) {
            EXPECT_LE(l.byteOffset + l.byteLength, g.payloadOffset + len);
        }
    }
}

} // namespace
} // namespace hopscope::wire
