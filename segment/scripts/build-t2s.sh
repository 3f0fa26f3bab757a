#!/bin/sh
# Regenerates segment/src/main/resources/org/fenlei/segment/t2s.txt from ICU4J's Traditional-Simplified
# transliterator (see T2sTable.java). Needs a JDK and Maven (to fetch com.ibm.icu:icu4j once).
set -eu
cd "$(dirname "$0")/../.."
ICU_VERSION=76.1
JAR="$HOME/.m2/repository/com/ibm/icu/icu4j/$ICU_VERSION/icu4j-$ICU_VERSION.jar"
[ -f "$JAR" ] || mvn -B -q dependency:get -Dartifact="com.ibm.icu:icu4j:$ICU_VERSION"
java -cp "$JAR" segment/scripts/T2sTable.java > segment/src/main/resources/org/fenlei/segment/t2s.txt
