"""Plain HTTP to the server under test, from Python (urllib), refusing any address but loopback."""
import ipaddress, urllib.error, urllib.parse, urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


_opener = urllib.request.build_opener(NoRedirect, urllib.request.ProxyHandler({}))


def _check(url):
    host = urllib.parse.urlsplit(url).hostname
    if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
        raise AssertionError(f"refusing to fetch {url}: tests talk to loopback only")


def fetch(url, data=None):
    """(status, headers, body bytes) for a GET, or a POST of `data` (dict of lists); never follows redirects."""
    _check(url)
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    request = urllib.request.Request(url, data=body)
    try:
        with _opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
