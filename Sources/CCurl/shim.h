#ifndef SIGNPOST_CCURL_SHIM_H
#define SIGNPOST_CCURL_SHIM_H
#include <curl/curl.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <netinet/in.h>

/* curl_easy_setopt and curl_easy_getinfo are C variadics, which Swift cannot call: one typed
   wrapper per argument type. */
static inline CURLcode ccurl_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_write_function(CURL *h, curl_write_callback cb) { return curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, cb); }
static inline CURLcode ccurl_setopt_header_function(CURL *h, curl_write_callback cb) { return curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, cb); }
/* The open-socket callback sees each resolved peer address before any socket exists: where
   private, link-local and metadata addresses are refused, whatever the URL spelled. */
static inline CURLcode ccurl_setopt_opensocket_function(CURL *h, curl_opensocket_callback cb) { return curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, cb); }

/* The peer address as text (IPv4 dotted quad or IPv6), for the address policy. */
static inline int ccurl_sockaddr_string(const struct curl_sockaddr *a, char *buffer, socklen_t length) {
    if (a->family == AF_INET) {
        return inet_ntop(AF_INET, &((const struct sockaddr_in *)&a->addr)->sin_addr, buffer, length) != NULL;
    }
    if (a->family == AF_INET6) {
        return inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)&a->addr)->sin6_addr, buffer, length) != NULL;
    }
    return 0;
}

/* What curl would have done itself once the address is allowed. */
static inline curl_socket_t ccurl_open_socket(const struct curl_sockaddr *a) { return socket(a->family, a->socktype, a->protocol); }
static inline curl_socket_t ccurl_bad_socket(void) { return CURL_SOCKET_BAD; }
static inline CURLcode ccurl_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode ccurl_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode ccurl_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }

#endif
