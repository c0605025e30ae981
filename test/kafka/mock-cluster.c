/* A real Kafka-protocol cluster for tests: librdkafka's mock cluster on localhost.
 * usage: mock-cluster <brokers> <topic:partitions>...
 * Prints the bootstrap servers on one line, then runs until stdin closes or SIGTERM/SIGINT. A line
 * "errors <ApiKey> <error code> <count>" on stdin makes the next <count> requests of that API answer the error
 * (rd_kafka_mock_push_request_errors), answered "pushed" on stdout. */
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop = 0;
static void on_signal(int sig) { (void)sig; stop = 1; }

int main(int argc, char **argv) {
  char err[512];
  if (argc < 2) { fprintf(stderr, "usage: %s <brokers> <topic:partitions>...\n", argv[0]); return 2; }
  int brokers = atoi(argv[1]);
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "log_level", "3", err, sizeof(err)); /* no notice about the unset bootstrap.servers */
  /* The handle only hosts the mock cluster's threads; it never connects anywhere. */
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
  if (!rk) { fprintf(stderr, "rd_kafka_new: %s\n", err); return 1; }
  rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(rk, brokers > 0 ? brokers : 1);
  if (!mc) { fprintf(stderr, "rd_kafka_mock_cluster_new failed\n"); return 1; }
  for (int i = 2; i < argc; i++) {
    char name[256];
    int partitions = 1;
    const char *colon = strchr(argv[i], ':');
    size_t len = colon ? (size_t)(colon - argv[i]) : strlen(argv[i]);
    if (len >= sizeof(name)) len = sizeof(name) - 1;
    memcpy(name, argv[i], len);
    name[len] = 0;
    if (colon) partitions = atoi(colon + 1);
    if (rd_kafka_mock_topic_create(mc, name, partitions, brokers >= 3 ? 3 : brokers) != RD_KAFKA_RESP_ERR_NO_ERROR) {
      fprintf(stderr, "topic_create %s failed\n", name);
      return 1;
    }
  }
  /* No SA_RESTART: a signal must interrupt the blocking read below. */
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_signal;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  printf("%s\n", rd_kafka_mock_cluster_bootstraps(mc));
  fflush(stdout);
  /* Runs until the parent closes our stdin (it died or is done) or signals us. */
  char line[256];
  size_t used = 0;
  while (!stop) {
    ssize_t n = read(0, line + used, sizeof(line) - 1 - used);
    if (n == 0) break;
    if (n < 0) {
      if (!stop) usleep(100000);
      continue;
    }
    used += (size_t)n;
    line[used] = 0;
    char *end;
    while ((end = strchr(line, '\n')) != NULL) {
      *end = 0;
      int api, code, count;
      if (sscanf(line, "errors %d %d %d", &api, &code, &count) == 3 && count > 0 && count <= 64) {
        rd_kafka_resp_err_t errs[64];
        for (int i = 0; i < count; i++) errs[i] = (rd_kafka_resp_err_t)code;
        rd_kafka_mock_push_request_errors_array(mc, (int16_t)api, (size_t)count, errs);
        printf("pushed\n");
        fflush(stdout);
      }
      used -= (size_t)(end + 1 - line);
      memmove(line, end + 1, used + 1);
    }
    if (used == sizeof(line) - 1) used = 0; /* a line too long to be a command */
  }
  rd_kafka_mock_cluster_destroy(mc);
  rd_kafka_destroy(rk);
  return 0;
}
