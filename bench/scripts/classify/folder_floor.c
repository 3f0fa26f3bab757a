/*
 * The floor of a batch run over a folder without a JVM, for FolderFloor.java to be compared with: walk in name order
 * (one stat an entry), open, read to the end, close, print a line a file; one thread.
 *
 *   gcc -O2 -o /tmp/folder_floor bench/scripts/classify/folder_floor.c
 *   /usr/bin/time /tmp/folder_floor /tmp/fcb/tnews100k > /tmp/floor.jsonl
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
static long files;
static void walk(const char *dir) {
  struct dirent **names; int n = scandir(dir, &names, NULL, alphasort);
  for (int i = 0; i < n; i++) {
    if (names[i]->d_name[0] == '.') { free(names[i]); continue; }
    char p[4096]; snprintf(p, sizeof p, "%s/%s", dir, names[i]->d_name);
    struct stat st; stat(p, &st);
    if (S_ISDIR(st.st_mode)) walk(p);
    else if (S_ISREG(st.st_mode)) {
      int fd = open(p, O_RDONLY); char buf[8192]; ssize_t r, t = 0;
      while ((r = read(fd, buf, sizeof buf)) > 0) t += r;
      close(fd); files++;
      printf("{\"path\":\"%s\",\"bytes\":%zd}\n", p, t);
    }
    free(names[i]);
  }
  free(names);
}
int main(int c, char **v) { walk(v[1]); fprintf(stderr, "%ld files\n", files); return 0; }
