#pragma once
#include <sys/types.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "ui/http_client.h"

// HTTP on a kiosk: each request runs the curl program on a worker thread.
// The curl program rather than libcurl keeps TLS and proxies the system's
// business and adds no library to the build. Nothing that may hold a secret
// goes on curl's command line, which every user of the machine can read.
namespace warmline::platform {

struct CurlOptions {
  std::string program = "curl";  // looked up in PATH without a '/'
  int connect_timeout_seconds = 10;
  int total_timeout_seconds = 30;
};

// Where curl reads the request body and writes the response headers.
struct CurlFiles {
  std::string body;
  std::string headers;
};

// The text for curl's --config: URL, method, headers, timeouts. Empty when
// a value cannot be passed safely (a line break or NUL would let a header
// smuggle in another header or config line).
std::optional<std::string> curl_config(const ui::HttpRequest& request, const CurlOptions& options,
                                       const CurlFiles& files);

// curl's whole argv (program first): it names the config file and no more.
std::vector<std::string> curl_arguments(const CurlOptions& options, const std::string& config_path);

// What a --dump-header file says about the last response in it (curl writes
// interim 1xx responses there too).
struct ResponseHead {
  int status = 0;
  std::optional<double> retry_after_seconds;
};
ResponseHead parse_response_head(std::string_view dumped);

class CurlHttpClient final : public ui::HttpClient {
 public:
  // The worker thread calls `wake` after each request finishes, so a main
  // loop blocked waiting for events gets to poll().
  explicit CurlHttpClient(std::function<void()> wake = {}, CurlOptions options = {});
  // Stops the running curl, if any; requests not yet finished are dropped.
  ~CurlHttpClient() override;
  CurlHttpClient(const CurlHttpClient&) = delete;
  CurlHttpClient& operator=(const CurlHttpClient&) = delete;

  void start(ui::HttpRequest request, std::function<void(ui::HttpResponse)> done) override;
  void poll() override;
  std::size_t in_flight() const override { return in_flight_; }

 private:
  using Done = std::function<void(ui::HttpResponse)>;
  void work();
  struct Ran;
  ui::HttpResponse run(const ui::HttpRequest& request);
  Ran run_curl(const std::vector<std::string>& argv, const std::string& error_path);

  const std::function<void()> wake_;
  const CurlOptions options_;
  std::size_t in_flight_ = 0;  // main thread only

  std::mutex mutex_;
  std::condition_variable wanted_;
  std::deque<std::pair<ui::HttpRequest, Done>> queue_;
  std::vector<std::pair<ui::HttpResponse, Done>> finished_;
  pid_t child_ = 0;  // the running curl, until reaped
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace warmline::platform
