#include "platform/http_client_web.h"

#include <emscripten.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdlib>
#include <string>
#include <vector>

// Text goes in as UTF-8 (statements are JSON) and comes back one field at a
// time into a buffer of ours, as in lms_bridge_web.cpp.
EM_JS(void, warmline_fetch_start, (int id, const char* method, const char* url, const char* headers_json,
                                   const char* body, int keepalive), {
  var table = Module["warmlineHttp"] || (Module["warmlineHttp"] = {});
  var init = { "method": UTF8ToString(method), "headers": JSON.parse(UTF8ToString(headers_json)),
               "keepalive": !!keepalive, "credentials": "omit" };
  if (init["method"] !== "GET") init["body"] = UTF8ToString(body);
  // An LRS that accepts the connection and never answers must not hold the
  // queue forever: after 30 s the request counts as failed and is retried.
  if (!keepalive && typeof AbortController !== "undefined") {
    var abort = new AbortController();
    init["signal"] = abort.signal;
    setTimeout(function () { abort.abort(); }, 30000);
  }
  function settle(status, text, retry, error) {
    table[id] = { "status": status, "body": text, "retry": retry || "", "error": error || "" };
  }
  try {
    fetch(UTF8ToString(url), init).then(function (r) {
      return r.text().then(function (t) { settle(r.status, t, r.headers.get("Retry-After")); });
    }).catch(function (e) { settle(0, "", "", String(e)); });
  } catch (e) {
    settle(0, "", "", String(e));
  }
});

EM_JS(int, warmline_fetch_status, (int id), {
  var answer = (Module["warmlineHttp"] || {})[id];
  return answer ? answer["status"] : -1;
});

EM_JS(int, warmline_fetch_field, (int id, const char* name, char* out, int capacity), {
  var value = String(Module["warmlineHttp"][id][UTF8ToString(name)]);
  var needed = lengthBytesUTF8(value) + 1;
  if (needed > capacity) return needed;
  stringToUTF8(value, out, capacity);
  return needed;
});

EM_JS(void, warmline_fetch_forget, (int id), { delete Module["warmlineHttp"][id]; });

namespace warmline::platform {
namespace {

std::string headers_json(const ui::HttpRequest& request) {
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> w(out);
  w.StartObject();
  for (const auto& [name, value] : request.headers) {
    w.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  }
  w.EndObject();
  return out.GetString();
}

std::string field(int id, const char* name) {
  std::vector<char> buffer(256);
  int needed = warmline_fetch_field(id, name, buffer.data(), static_cast<int>(buffer.size()));
  if (needed > static_cast<int>(buffer.size())) {
    buffer.resize(static_cast<std::size_t>(needed));
    needed = warmline_fetch_field(id, name, buffer.data(), needed);
  }
  return std::string(buffer.data(), static_cast<std::size_t>(needed - 1));
}

}  // namespace

void FetchHttpClient::start(ui::HttpRequest request, std::function<void(ui::HttpResponse)> done) {
  const int id = next_id_++;
  waiting_[id] = std::move(done);
  warmline_fetch_start(id, request.method.c_str(), request.url.c_str(), headers_json(request).c_str(),
                       request.body.c_str(), request.keepalive ? 1 : 0);
}

void FetchHttpClient::poll() {
  for (auto it = waiting_.begin(); it != waiting_.end();) {
    const int status = warmline_fetch_status(it->first);
    if (status < 0) {
      ++it;
      continue;
    }
    ui::HttpResponse answer;
    answer.status = status;
    answer.body = field(it->first, "body");
    answer.error = field(it->first, "error");
    const std::string retry = field(it->first, "retry");
    char* end = nullptr;
    const double seconds = std::strtod(retry.c_str(), &end);
    if (!retry.empty() && end != nullptr && *end == '\0' && seconds >= 0) answer.retry_after_seconds = seconds;
    warmline_fetch_forget(it->first);
    std::function<void(ui::HttpResponse)> done = std::move(it->second);
    it = waiting_.erase(it);
    done(std::move(answer));  // may start another request: `waiting_` is consistent here
  }
}

}  // namespace warmline::platform
