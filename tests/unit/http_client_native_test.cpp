#include "platform/http_client_native.h"

#include <dirent.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

// The kiosk's HTTP client against a real curl (native only) and a tiny HTTP
// server on 127.0.0.1 in this process, one connection per scripted reply.
namespace {

using namespace warmline;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

struct Received {
  std::string method;
  std::string target;
  std::vector<std::pair<std::string, std::string>> headers;  // names lowercased
  std::string body;

  std::string header(const std::string& name) const {
    for (const auto& [n, v] : headers)
      if (n == name) return v;
    return "(missing)";
  }
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Waits at most 10 s for fd to be readable, so a broken client fails a test
// rather than hanging it.
bool readable(int fd) {
  pollfd p{fd, POLLIN, 0};
  return ::poll(&p, 1, 10000) == 1;
}

class TestServer {
 public:
  // One reply (raw HTTP) per connection; an empty reply never answers and
  // holds the connection until the client goes away.
  explicit TestServer(std::vector<std::string> replies) : replies_(std::move(replies)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(listener_, 8);
    socklen_t size = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~TestServer() {
    if (thread_.joinable()) thread_.join();
    ::close(listener_);
  }
  std::string url(const std::string& target) const {
    return "http://127.0.0.1:" + std::to_string(port_) + target;
  }
  // Everything received, once every scripted connection is over.
  const std::vector<Received>& received() {
    if (thread_.joinable()) thread_.join();
    return received_;
  }

 private:
  void serve() {
    for (const std::string& reply : replies_) {
      if (!readable(listener_)) return;
      const int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) return;
      received_.push_back(read_request(fd));
      if (reply.empty()) {
        while (readable(fd) && read_some(fd) > 0) {
        }
      } else {
        ::send(fd, reply.data(), reply.size(), MSG_NOSIGNAL);
      }
      ::close(fd);
    }
  }

  std::string buffer_;
  long read_some(int fd) {
    char chunk[4096];
    const long n = ::read(fd, chunk, sizeof chunk);
    if (n > 0) buffer_.append(chunk, static_cast<std::size_t>(n));
    return n;
  }

  Received read_request(int fd) {
    buffer_.clear();
    Received r;
    while (buffer_.find("\r\n\r\n") == std::string::npos)
      if (!readable(fd) || read_some(fd) <= 0) return r;
    const std::size_t head_end = buffer_.find("\r\n\r\n");
    std::size_t pos = buffer_.find("\r\n");
    const std::string request_line = buffer_.substr(0, pos);
    r.method = request_line.substr(0, request_line.find(' '));
    r.target = request_line.substr(r.method.size() + 1, request_line.rfind(' ') - r.method.size() - 1);
    std::size_t length = 0;
    while (pos < head_end) {
      const std::size_t next = buffer_.find("\r\n", pos + 2);
      const std::string line = buffer_.substr(pos + 2, next - pos - 2);
      const std::size_t colon = line.find(':');
      const std::size_t value = std::min(line.find_first_not_of(' ', colon + 1), line.size());
      r.headers.emplace_back(lower(line.substr(0, colon)), line.substr(value));
      if (r.headers.back().first == "content-length") length = std::stoul(r.headers.back().second);
      pos = next;
    }
    while (buffer_.size() < head_end + 4 + length)
      if (!readable(fd) || read_some(fd) <= 0) break;
    r.body = buffer_.substr(head_end + 4, length);
    return r;
  }

  std::vector<std::string> replies_;
  std::vector<Received> received_;
  int listener_ = -1;
  int port_ = 0;
  std::thread thread_;
};

std::string reply(const std::string& status, const std::string& body, const std::string& extra_headers = "") {
  return "HTTP/1.1 " + status + "\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\n" + extra_headers + "\r\n" + body;
}

// Polls until `count` answers have come back (or 15 s have gone by).
void poll_until(platform::CurlHttpClient& client, const std::vector<ui::HttpResponse>& answers,
                std::size_t count) {
  const auto deadline = Clock::now() + 15s;
  while (answers.size() < count && Clock::now() < deadline) {
    client.poll();
    std::this_thread::sleep_for(5ms);
  }
}

ui::HttpResponse fetch(ui::HttpRequest request, platform::CurlOptions options = {}) {
  platform::CurlHttpClient client({}, std::move(options));
  std::vector<ui::HttpResponse> answers;
  client.start(std::move(request), [&](ui::HttpResponse r) { answers.push_back(std::move(r)); });
  poll_until(client, answers, 1);
  REQUIRE(answers.size() == 1);
  return answers[0];
}

ui::HttpRequest get(const std::string& url) {
  ui::HttpRequest r;
  r.url = url;
  return r;
}

}  // namespace

TEST_CASE("CurlHttpClient: a POST arrives intact and its answer comes back") {
  TestServer server({reply("200 OK", "{\"stored\":true}", "Content-Type: application/json\r\n")});
  ui::HttpRequest request;
  request.method = "POST";
  request.url = server.url("/xapi/statements?statementId=5b1c&agent=%7B%22a%22%7D&range=[1]");
  request.headers = {{"Authorization", "Basic c2VjcmV0OnRva2Vu"},
                     {"Content-Type", "application/json"},
                     {"X-Experience-API-Version", "1.0.3"},
                     {"X-Odd", "say \"hi\" \\ back\tthere"},
                     {"X-Empty", ""}};
  request.body = std::string("{\"name\":\"Zoë – 東京\"}\0tail\xff", 31);
  const ui::HttpResponse response = fetch(request);
  CHECK(response.status == 200);
  CHECK(response.body == "{\"stored\":true}");
  CHECK(response.error.empty());
  CHECK_FALSE(response.retry_after_seconds.has_value());

  const auto& received = server.received();
  REQUIRE(received.size() == 1);
  CHECK(received[0].method == "POST");
  CHECK(received[0].target == "/xapi/statements?statementId=5b1c&agent=%7B%22a%22%7D&range=[1]");
  CHECK(received[0].header("authorization") == "Basic c2VjcmV0OnRva2Vu");
  CHECK(received[0].header("content-type") == "application/json");
  CHECK(received[0].header("x-experience-api-version") == "1.0.3");
  CHECK(received[0].header("x-odd") == "say \"hi\" \\ back\tthere");
  CHECK(received[0].header("x-empty") == "");
  CHECK(received[0].header("expect") == "(missing)");
  CHECK(received[0].body.size() == request.body.size());
  CHECK(received[0].body == request.body);
}

TEST_CASE("CurlHttpClient: a PUT and a GET use their methods") {
  TestServer server({reply("204 No Content", ""), reply("200 OK", "state")});
  ui::HttpRequest put = get(server.url("/state"));
  put.method = "PUT";
  put.body = "{}";
  CHECK(fetch(put).status == 204);
  CHECK(fetch(get(server.url("/state?x=1"))).body == "state");
  const auto& received = server.received();
  REQUIRE(received.size() == 2);
  CHECK(received[0].method == "PUT");
  CHECK(received[0].body == "{}");
  CHECK(received[1].method == "GET");
  CHECK(received[1].target == "/state?x=1");
  CHECK(received[1].body.empty());
}

TEST_CASE("CurlHttpClient: 503 with Retry-After gives the status and the delay") {
  TestServer server({reply("503 Service Unavailable", "busy", "Retry-After: 7\r\n")});
  const ui::HttpResponse response = fetch(get(server.url("/")));
  CHECK(response.status == 503);
  REQUIRE(response.retry_after_seconds.has_value());
  CHECK(*response.retry_after_seconds == 7.0);
  CHECK(response.body == "busy");
}

TEST_CASE("CurlHttpClient: a 404 comes back with its body, not followed or hidden") {
  TestServer server({reply("404 Not Found", "no such statement")});
  const ui::HttpResponse response = fetch(get(server.url("/missing")));
  CHECK(response.status == 404);
  CHECK(response.body == "no such statement");
}

TEST_CASE("CurlHttpClient: a redirect is handed back, not followed") {
  TestServer server({reply("307 Temporary Redirect", "", "Location: /elsewhere\r\n")});
  ui::HttpRequest post = get(server.url("/statements"));
  post.method = "POST";
  post.body = "x";
  CHECK(fetch(post).status == 307);
  CHECK(server.received().size() == 1);
}

TEST_CASE("CurlHttpClient: a body over 1 MiB keeps its first 1 MiB") {
  std::string big(1536 * 1024, 'x');
  big[0] = 'a';
  TestServer server({reply("200 OK", big)});
  const ui::HttpResponse response = fetch(get(server.url("/big")));
  CHECK(response.status == 200);
  CHECK(response.body.size() == 1024 * 1024);
  CHECK(response.body == big.substr(0, 1024 * 1024));
}

TEST_CASE("CurlHttpClient: connection refused gives status 0 and curl's message") {
  int port = 0;
  {
    TestServer closed({});  // binds a port and lets it go
    port = std::stoi(closed.url("").substr(std::string("http://127.0.0.1:").size()));
  }
  const ui::HttpResponse response = fetch(get("http://127.0.0.1:" + std::to_string(port) + "/"));
  CHECK(response.status == 0);
  CHECK_FALSE(response.error.empty());
  CHECK(response.error.find("onnect") != std::string::npos);
}

TEST_CASE("CurlHttpClient: a missing curl program says so") {
  platform::CurlOptions options;
  options.program = "/nonexistent/warmline-curl";
  const ui::HttpResponse response = fetch(get("http://127.0.0.1:9/"), options);
  CHECK(response.status == 0);
  CHECK(response.error.find("curl is not installed") == 0);
}

TEST_CASE("CurlHttpClient: a URL outside http(s) is refused") {
  const ui::HttpResponse response = fetch(get("file:///etc/passwd"));
  CHECK(response.status == 0);
  CHECK(response.body.empty());
  CHECK(response.error.find("rotocol") != std::string::npos);  // not run as file://
}

TEST_CASE("CurlHttpClient: a large POST goes at once, without waiting for 100 Continue") {
  TestServer server({reply("200 OK", "ok")});
  ui::HttpRequest post = get(server.url("/statements"));
  post.method = "POST";
  post.body = std::string(1200 * 1024, 's');
  post.body[5] = '\0';
  const auto before = Clock::now();
  CHECK(fetch(post).status == 200);
  CHECK(Clock::now() - before < 900ms);
  const auto& received = server.received();
  REQUIRE(received.size() == 1);
  CHECK(received[0].header("expect") == "(missing)");
  CHECK(received[0].body == post.body);
}

TEST_CASE("CurlHttpClient: answers come back in order, only from poll(), with a wake each") {
  TestServer server({reply("200 OK", "first"), reply("201 Created", "second")});
  std::atomic<int> wakes{0};
  platform::CurlHttpClient client([&] { ++wakes; });
  CHECK(client.in_flight() == 0);
  std::vector<ui::HttpResponse> answers;
  const auto main_thread = std::this_thread::get_id();
  bool on_main_thread = true;
  for (const char* path : {"/1", "/2"})
    client.start(get(server.url(path)), [&](ui::HttpResponse r) {
      on_main_thread = on_main_thread && std::this_thread::get_id() == main_thread;
      answers.push_back(std::move(r));
    });
  CHECK(client.in_flight() == 2);

  // Both finish on the worker; neither is delivered until poll().
  const auto deadline = Clock::now() + 15s;
  while (wakes < 2 && Clock::now() < deadline) std::this_thread::sleep_for(5ms);
  CHECK(wakes == 2);
  CHECK(answers.empty());
  CHECK(client.in_flight() == 2);
  client.poll();
  REQUIRE(answers.size() == 2);
  CHECK(answers[0].body == "first");
  CHECK(answers[1].status == 201);
  CHECK(answers[1].body == "second");
  CHECK(on_main_thread);
  CHECK(client.in_flight() == 0);
  const auto& received = server.received();
  REQUIRE(received.size() == 2);
  CHECK(received[0].target == "/1");
  CHECK(received[1].target == "/2");
}

TEST_CASE("CurlHttpClient: destroying it with a request in flight returns promptly") {
  TestServer server({""});  // takes the request and never answers
  platform::CurlOptions options;
  options.total_timeout_seconds = 10;  // far longer than the bound below
  Clock::time_point before;
  {
    platform::CurlHttpClient client({}, options);
    client.start(get(server.url("/slow")), [](ui::HttpResponse) { FAIL("done ran after destruction"); });
    std::this_thread::sleep_for(300ms);  // let curl connect and send
    before = Clock::now();
  }
  CHECK(Clock::now() - before < 3s);  // curl killed, its timeout not waited out
  CHECK(server.received().size() == 1);
}

TEST_CASE("CurlHttpClient: a server that never answers times out with status 0") {
  TestServer server({""});
  platform::CurlOptions options;
  options.total_timeout_seconds = 1;
  const auto before = Clock::now();
  const ui::HttpResponse response = fetch(get(server.url("/slow")), options);
  CHECK(Clock::now() - before < 8s);
  CHECK(response.status == 0);
  CHECK(response.error.find("imed out") != std::string::npos);
}

TEST_CASE("CurlHttpClient: each request's temporary files are removed") {
  char dir[] = "/tmp/warmline-http-test-XXXXXX";
  REQUIRE(::mkdtemp(dir) != nullptr);
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old ? old : "";
  ::setenv("TMPDIR", dir, 1);
  TestServer server({reply("200 OK", "ok")});
  ui::HttpRequest post = get(server.url("/"));
  post.method = "POST";
  post.body = "secret body";
  CHECK(fetch(post).status == 200);
  if (old)
    ::setenv("TMPDIR", saved.c_str(), 1);
  else
    ::unsetenv("TMPDIR");
  int entries = 0;
  if (DIR* d = ::opendir(dir)) {
    while (dirent* e = ::readdir(d))
      entries += std::string(e->d_name) != "." && std::string(e->d_name) != "..";
    ::closedir(d);
  }
  CHECK(entries == 0);
  ::rmdir(dir);
}

TEST_CASE("CurlHttpClient: no file descriptor or child process is left behind") {
  const auto open_fds = [] {
    int count = 0;
    if (DIR* d = ::opendir("/proc/self/fd")) {
      while (::readdir(d)) ++count;
      ::closedir(d);
    }
    return count;
  };
  const int before = open_fds();
  {
    TestServer server({reply("200 OK", "ok"), reply("500 Oops", "x"), ""});
    CHECK(fetch(get(server.url("/a"))).status == 200);
    CHECK(fetch(get(server.url("/b"))).status == 500);
    platform::CurlHttpClient abandoned;
    abandoned.start(get(server.url("/c")), [](ui::HttpResponse) {});
    std::this_thread::sleep_for(200ms);
  }
  platform::CurlOptions missing;
  missing.program = "/nonexistent/warmline-curl";
  CHECK(fetch(get("http://127.0.0.1:9/"), missing).status == 0);
  CHECK(open_fds() == before);
  errno = 0;
  CHECK(::waitpid(-1, nullptr, WNOHANG) == -1);
  CHECK(errno == ECHILD);
}

TEST_CASE("CurlHttpClient: credentials go in the config file, never in argv") {
  ui::HttpRequest request;
  request.method = "POST";
  request.url = "https://user:pw-in-url@lrs.example/xapi/statements";
  request.headers = {{"Authorization", "Basic VERY-SECRET-TOKEN"}, {"X-Q", "a\"b\\c"}};
  const platform::CurlOptions options;
  const auto config = platform::curl_config(request, options, {"/tmp/d/body", "/tmp/d/headers"});
  REQUIRE(config.has_value());
  CHECK(config->find("header = \"Authorization: Basic VERY-SECRET-TOKEN\"\n") != std::string::npos);
  CHECK(config->find("header = \"X-Q: a\\\"b\\\\c\"\n") != std::string::npos);
  CHECK(config->find("url = \"https://user:pw-in-url@lrs.example/xapi/statements\"\n") != std::string::npos);
  CHECK(config->find("data-binary = \"@/tmp/d/body\"\n") != std::string::npos);
  CHECK(config->find("dump-header = \"/tmp/d/headers\"\n") != std::string::npos);
  CHECK(config->find("connect-timeout = \"10\"\n") != std::string::npos);
  CHECK(config->find("max-time = \"30\"\n") != std::string::npos);
  CHECK(config->find("location") == std::string::npos);  // redirects stay unfollowed

  const auto argv = platform::curl_arguments(options, "/tmp/d/config");
  CHECK(argv == std::vector<std::string>{"curl", "--disable", "--config", "/tmp/d/config"});
  for (const auto& arg : argv) {
    CHECK(arg.find("SECRET") == std::string::npos);
    CHECK(arg.find("pw-in-url") == std::string::npos);
  }
}

TEST_CASE("CurlHttpClient: a line break in a header or the URL is refused, not sent") {
  const platform::CurlFiles files{"/b", "/h"};
  ui::HttpRequest request;
  request.url = "http://lrs.example/";
  CHECK(platform::curl_config(request, {}, files).has_value());
  request.headers = {{"X-A", "1\r\nX-Injected: 2"}};
  CHECK_FALSE(platform::curl_config(request, {}, files).has_value());
  request.headers = {{"X-A", "1\nurl = \"http://evil/\""}};
  CHECK_FALSE(platform::curl_config(request, {}, files).has_value());
  request.headers = {{"X A", "1"}};
  CHECK_FALSE(platform::curl_config(request, {}, files).has_value());
  request.headers = {};
  request.url = "http://lrs.example/\nheader = \"X: 1\"";
  CHECK_FALSE(platform::curl_config(request, {}, files).has_value());

  // And through the client: status 0, nothing run.
  request.url = "http://127.0.0.1:9/";
  request.headers = {{"X-A", "1\r\nX-Injected: 2"}};
  const ui::HttpResponse response = fetch(request);
  CHECK(response.status == 0);
  CHECK_FALSE(response.error.empty());
}

TEST_CASE("CurlHttpClient: response heads: last response, Retry-After in seconds only") {
  auto head = platform::parse_response_head(
      "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many\r\nretry-after:  12 \r\n\r\n");
  CHECK(head.status == 429);
  REQUIRE(head.retry_after_seconds.has_value());
  CHECK(*head.retry_after_seconds == 12.0);
  head = platform::parse_response_head("HTTP/2 503 \r\nRETRY-AFTER: Wed, 21 Oct 2015 07:28:00 GMT\r\n\r\n");
  CHECK(head.status == 503);
  CHECK_FALSE(head.retry_after_seconds.has_value());
  head = platform::parse_response_head("HTTP/1.1 503 x\r\nRetry-After: -5\r\n\r\n");
  CHECK_FALSE(head.retry_after_seconds.has_value());
  CHECK(platform::parse_response_head("").status == 0);
  CHECK(platform::parse_response_head("HTTP/1.1 100 Continue\r\n\r\n").status == 0);
}
