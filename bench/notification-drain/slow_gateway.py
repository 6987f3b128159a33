"""An SMS gateway stand-in: accepts every POST (chunked or not) after 50 ms, appends the time to $GATEWAY_TIMES."""
import http.server, os, time
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def do_POST(self):
        if self.headers.get('Transfer-Encoding', '').lower() == 'chunked':
            while True:
                size = int(self.rfile.readline().strip().split(b';')[0], 16)
                self.rfile.read(size + 2)
                if size == 0: break
        else:
            self.rfile.read(int(self.headers.get('Content-Length', 0)))
        time.sleep(0.05)
        self.send_response(200); self.send_header('Content-Length', '0'); self.end_headers()
        with open(os.environ['GATEWAY_TIMES'], 'a') as f: f.write(f"{time.time()}\n")
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(('127.0.0.1', 5399), H).serve_forever()
