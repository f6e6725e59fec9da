// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
//
// The DNS dissector against TShark 4.0.17. Each frame below was built with DnsMessage (plus
// hand-made Ethernet/IPv4/UDP or TCP headers) and its tshark output recorded (tshark_golden.h).
#include "tshark_golden.h"
#include "wire/app_dissectors.h"
#include "wire/dns_message.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace hopscope::wire {
namespace {

using app_golden::AppGoldenFrame;
using app_golden::fromHex;

const std::vector<AppGoldenFrame>& goldenFrames() {
    static const std::vector<AppGoldenFrame> frames = {
        {"query A with EDNS",
         "0001020304050001020304060800450000470001400040113c6f7f0000017f0000359c400035003300001a2b0"
         "10000010000000000010377777706666f6f62617203636f6d000001000100002904d0000000000000",
         42,
         false,
         "Standard query 0x1a2b A www.foobar.com OPT",
         {
             {"dns.count.add_rr", {"1"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"3"}, {{54, 16}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x1a2b"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{72, 2}}},
             {"dns.qry.name", {"www.foobar.com"}, {{54, 16}}},
             {"dns.qry.name.len", {"14"}, {{54, 16}}},
             {"dns.qry.type", {"1"}, {{70, 2}}},
             {"dns.resp.edns0_version", {"0"}, {{80, 1}}},
             {"dns.resp.ext_rcode", {"0x00"}, {{79, 1}}},
             {"dns.resp.len", {"0"}, {{83, 2}}},
             {"dns.resp.name", {"<Root>"}, {{74, 1}}},
             {"dns.resp.type", {"41"}, {{75, 2}}},
             {"dns.resp.z", {"0x0000"}, {{81, 2}}},
             {"dns.resp.z.do", {"0"}, {{81, 2}}},
             {"dns.resp.z.reserved", {"0x0000"}, {{81, 2}}},
             {"dns.rr.udp_payload_size", {"1232"}, {{77, 2}}},
         }},
        {"response CNAME then A",
         "0001020304050001020304060800450000650001400040113c517f0000017f00003500359c40005100001a2b8"
         "58000010002000000010377777706666f6f62617203636f6d0000010001c00c000500010000012c0002c010c0"
         "10000100010000012c00045db8d82200002904d0000000000000",
         42,
         false,
         "Standard query response 0x1a2b A www.foobar.com CNAME foobar.com A 93.184.216.34 OPT",
         {
             {"dns.a", {"93.184.216.34"}, {{100, 4}}},
             {"dns.cname", {"foobar.com"}, {{86, 2}}},
             {"dns.count.add_rr", {"1"}, {{52, 2}}},
             {"dns.count.answers", {"2"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"3"}, {{54, 16}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8580"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"1"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"1"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x1a2b"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{72, 2}}},
             {"dns.qry.name", {"www.foobar.com"}, {{54, 16}}},
             {"dns.qry.name.len", {"14"}, {{54, 16}}},
             {"dns.qry.type", {"1"}, {{70, 2}}},
             {"dns.resp.class", {"0x0001", "0x0001"}, {{78, 2}, {92, 2}}},
             {"dns.resp.edns0_version", {"0"}, {{110, 1}}},
             {"dns.resp.ext_rcode", {"0x00"}, {{109, 1}}},
             {"dns.resp.len", {"2", "4", "0"}, {{84, 2}, {98, 2}, {113, 2}}},
             {"dns.resp.name",
              {"www.foobar.com", "foobar.com", "<Root>"},
              {{74, 2}, {88, 2}, {104, 1}}},
             {"dns.resp.ttl", {"300", "300"}, {{80, 4}, {94, 4}}},
             {"dns.resp.type", {"5", "1", "41"}, {{76, 2}, {90, 2}, {105, 2}}},
             {"dns.resp.z", {"0x0000"}, {{111, 2}}},
             {"dns.resp.z.do", {"0"}, {{111, 2}}},
             {"dns.resp.z.reserved", {"0x0000"}, {{111, 2}}},
             {"dns.rr.udp_payload_size", {"1232"}, {{107, 2}}},
         }},
        {"root referral with glue",
         "0001020304050001020304060800450000980001400040113c1e7f0000017f00003500359c400084000000018"
         "00000010000000200020377777706666f6f62617203636f6d0000010001c017000200010002a300001401610c"
         "67746c642d73657276657273036e657400c017000200010002a30000040162c02ec02c000100010002a300000"
         "4c005061ec02c001c00010002a300001020010503a83e00000000000000020030",
         42,
         false,
         "Standard query response 0x0001 A www.foobar.com NS a.gtld-servers.net NS "
         "b.gtld-servers.net A 192.5.6.30 AAAA 2001:503:a83e::2:30",
         {
             {"dns.a", {"192.5.6.30"}, {{134, 4}}},
             {"dns.aaaa", {"2001:503:a83e::2:30"}, {{150, 16}}},
             {"dns.count.add_rr", {"2"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"2"}, {{50, 2}}},
             {"dns.count.labels", {"3"}, {{54, 16}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8000"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"0"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.ns", {"a.gtld-servers.net", "b.gtld-servers.net"}, {{86, 20}, {118, 4}}},
             {"dns.qry.class", {"0x0001"}, {{72, 2}}},
             {"dns.qry.name", {"www.foobar.com"}, {{54, 16}}},
             {"dns.qry.name.len", {"14"}, {{54, 16}}},
             {"dns.qry.type", {"1"}, {{70, 2}}},
             {"dns.resp.class",
              {"0x0001", "0x0001", "0x0001", "0x0001"},
              {{78, 2}, {110, 2}, {126, 2}, {142, 2}}},
             {"dns.resp.len", {"20", "4", "4", "16"}, {{84, 2}, {116, 2}, {132, 2}, {148, 2}}},
             {"dns.resp.name",
              {"com", "com", "a.gtld-servers.net", "a.gtld-servers.net"},
              {{74, 2}, {106, 2}, {122, 2}, {138, 2}}},
             {"dns.resp.ttl",
              {"172800", "172800", "172800", "172800"},
              {{80, 4}, {112, 4}, {128, 4}, {144, 4}}},
             {"dns.resp.type", {"2", "2", "1", "28"}, {{76, 2}, {108, 2}, {124, 2}, {140, 2}}},
         }},
        {"NXDOMAIN with SOA",
         "0001020304050001020304060800450000700001400040113c467f0000017f00003500359c40005c0000beef8"
         "5030001000000010000046e6f706506666f6f62617203636f6d00001c0001c0110006000100000e100027036e"
         "7331c0110a686f73746d6173746572c01178a3f17500001c2000000e10001275000000012c",
         42,
         false,
         "Standard query response 0xbeef No such name AAAA nope.foobar.com SOA ns1.foobar.com",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"1"}, {{50, 2}}},
             {"dns.count.labels", {"3"}, {{54, 17}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8503"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"1"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"3"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0xbeef"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{73, 2}}},
             {"dns.qry.name", {"nope.foobar.com"}, {{54, 17}}},
             {"dns.qry.name.len", {"15"}, {{54, 17}}},
             {"dns.qry.type", {"28"}, {{71, 2}}},
             {"dns.resp.class", {"0x0001"}, {{79, 2}}},
             {"dns.resp.len", {"39"}, {{85, 2}}},
             {"dns.resp.name", {"foobar.com"}, {{75, 2}}},
             {"dns.resp.ttl", {"3600"}, {{81, 4}}},
             {"dns.resp.type", {"6"}, {{77, 2}}},
             {"dns.soa.expire_limit", {"1209600"}, {{118, 4}}},
             {"dns.soa.minimum_ttl", {"300"}, {{122, 4}}},
             {"dns.soa.mname", {"ns1.foobar.com"}, {{87, 6}}},
             {"dns.soa.refresh_interval", {"7200"}, {{110, 4}}},
             {"dns.soa.retry_interval", {"3600"}, {{114, 4}}},
             {"dns.soa.rname", {"hostmaster.foobar.com"}, {{93, 13}}},
             {"dns.soa.serial_number", {"2024010101"}, {{106, 4}}},
         }},
        {"MX answers",
         "00010203040500010203040608004500006c0001400040113c4a7f0000017f00003500359c400058000001028"
         "100000100020000000006666f6f62617203636f6d00000f0001c00c000f000100000e100009000a046d61696c"
         "c00cc00c000f000100000e1000130014036d7832076578616d706c65036e657400",
         42,
         false,
         "Standard query response 0x0102 MX foobar.com MX 10 mail.foobar.com MX 20 mx2.example.net",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"2"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 12}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0102"}, {{42, 2}}},
             {"dns.mx.mail_exchange", {"mail.foobar.com", "mx2.example.net"}, {{84, 7}, {105, 17}}},
             {"dns.mx.preference", {"10", "20"}, {{82, 2}, {103, 2}}},
             {"dns.qry.class", {"0x0001"}, {{68, 2}}},
             {"dns.qry.name", {"foobar.com"}, {{54, 12}}},
             {"dns.qry.name.len", {"10"}, {{54, 12}}},
             {"dns.qry.type", {"15"}, {{66, 2}}},
             {"dns.resp.class", {"0x0001", "0x0001"}, {{74, 2}, {95, 2}}},
             {"dns.resp.len", {"9", "19"}, {{80, 2}, {101, 2}}},
             {"dns.resp.name", {"foobar.com", "foobar.com"}, {{70, 2}, {91, 2}}},
             {"dns.resp.ttl", {"3600", "3600"}, {{76, 4}, {97, 4}}},
             {"dns.resp.type", {"15", "15"}, {{72, 2}, {93, 2}}},
         }},
        {"TXT strings",
         "00010203040500010203040608004500006e0001400040113c487f0000017f00003500359c40005a000001038"
         "100000100010000000006666f6f62617203636f6d0000100001c00c001000010000003c002a0b763d73706631"
         "202d616c6c0d7365636f6e6420737472696e67000e71756f746522206261636b5c2001",
         42,
         false,
         "Standard query response 0x0103 TXT foobar.com TXT",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"1"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 12}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0103"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{68, 2}}},
             {"dns.qry.name", {"foobar.com"}, {{54, 12}}},
             {"dns.qry.name.len", {"10"}, {{54, 12}}},
             {"dns.qry.type", {"16"}, {{66, 2}}},
             {"dns.resp.class", {"0x0001"}, {{74, 2}}},
             {"dns.resp.len", {"42"}, {{80, 2}}},
             {"dns.resp.name", {"foobar.com"}, {{70, 2}}},
             {"dns.resp.ttl", {"60"}, {{76, 4}}},
             {"dns.resp.type", {"16"}, {{72, 2}}},
             {"dns.txt",
              {"v=spf1 -all", "second string", "",
               "quote\" back\\ \x01"
               ""},
              {{83, 11}, {95, 13}, {109, 0}, {110, 14}}},
             {"dns.txt.length", {"11", "13", "0", "14"}, {{82, 1}, {94, 1}, {108, 1}, {109, 1}}},
         }},
        {"SRV answer",
         "0001020304050001020304060800450000640001400040113c527f0000017f00003500359c400050000001048"
         "1000001000100000000045f736970045f74637006666f6f62617203636f6d0000210001c00c00210001000151"
         "800016000a003c13c40373697006666f6f62617203636f6d00",
         42,
         false,
         "Standard query response 0x0104 SRV _sip._tcp.foobar.com SRV 10 60 5060 sip.foobar.com",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"1"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"4"}, {{54, 22}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0104"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{78, 2}}},
             {"dns.qry.name", {"_sip._tcp.foobar.com"}, {{54, 22}}},
             {"dns.qry.name.len", {"20"}, {{54, 22}}},
             {"dns.qry.type", {"33"}, {{76, 2}}},
             {"dns.resp.class", {"0x0001"}, {{84, 2}}},
             {"dns.resp.len", {"22"}, {{90, 2}}},
             {"dns.resp.ttl", {"86400"}, {{86, 4}}},
             {"dns.resp.type", {"33"}, {{82, 2}}},
             {"dns.srv.name", {"foobar.com"}, {{80, 2}}},
             {"dns.srv.port", {"5060"}, {{96, 2}}},
             {"dns.srv.priority", {"10"}, {{92, 2}}},
             {"dns.srv.proto", {"_tcp"}, {{80, 2}}},
             {"dns.srv.service", {"_sip"}, {{80, 2}}},
             {"dns.srv.target", {"sip.foobar.com"}, {{98, 16}}},
             {"dns.srv.weight", {"60"}, {{94, 2}}},
         }},
        {"PTR answer",
         "0001020304050001020304060800450000600001400040113c567f0000017f00003500359c40004c000001058"
         "1000001000100000000023334033231360331383402393307696e2d61646472046172706100000c0001c00c00"
         "0c000100000258000c06666f6f62617203636f6d00",
         42,
         false,
         "Standard query response 0x0105 PTR 34.216.184.93.in-addr.arpa PTR foobar.com",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"1"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"6"}, {{54, 28}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0105"}, {{42, 2}}},
             {"dns.ptr.domain_name", {"foobar.com"}, {{98, 12}}},
             {"dns.qry.class", {"0x0001"}, {{84, 2}}},
             {"dns.qry.name", {"34.216.184.93.in-addr.arpa"}, {{54, 28}}},
             {"dns.qry.name.len", {"26"}, {{54, 28}}},
             {"dns.qry.type", {"12"}, {{82, 2}}},
             {"dns.resp.class", {"0x0001"}, {{90, 2}}},
             {"dns.resp.len", {"12"}, {{96, 2}}},
             {"dns.resp.name", {"34.216.184.93.in-addr.arpa"}, {{86, 2}}},
             {"dns.resp.ttl", {"600"}, {{92, 4}}},
             {"dns.resp.type", {"12"}, {{88, 2}}},
         }},
        {"root NS query",
         "00010203040500010203040608004500002d0001400040113c897f0000017f0000359c4000350019000002000"
         "10000010000000000000000020001",
         42,
         false,
         "Standard query 0x0200 NS <Root>",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"1"}, {{54, 1}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0200"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{57, 2}}},
             {"dns.qry.name", {"<Root>"}, {{54, 1}}},
             {"dns.qry.name.len", {"6"}, {{54, 1}}},
             {"dns.qry.type", {"2"}, {{55, 2}}},
         }},
        {"AXFR over TCP",
         "0001020304050001020304060800450000460001400040063c7b7f0000017f000035a0280035000003e800000"
         "7d05018ffff00000000001c02020100000100000000000006666f6f62617203636f6d0000fc0001",
         54,
         true,
         "Standard query 0x0202 AXFR foobar.com",
         {
             {"dns.count.add_rr", {"0"}, {{66, 2}}},
             {"dns.count.answers", {"0"}, {{62, 2}}},
             {"dns.count.auth_rr", {"0"}, {{64, 2}}},
             {"dns.count.labels", {"2"}, {{68, 12}}},
             {"dns.count.queries", {"1"}, {{60, 2}}},
             {"dns.flags", {"0x0100"}, {{58, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{58, 2}}},
             {"dns.flags.opcode", {"0"}, {{58, 2}}},
             {"dns.flags.recdesired", {"1"}, {{58, 2}}},
             {"dns.flags.response", {"0"}, {{58, 2}}},
             {"dns.flags.truncated", {"0"}, {{58, 2}}},
             {"dns.flags.z", {"0"}, {{58, 2}}},
             {"dns.id", {"0x0202"}, {{56, 2}}},
             {"dns.length", {"28"}, {{54, 2}}},
             {"dns.qry.class", {"0x0001"}, {{82, 2}}},
             {"dns.qry.name", {"foobar.com"}, {{68, 12}}},
             {"dns.qry.name.len", {"10"}, {{68, 12}}},
             {"dns.qry.type", {"252"}, {{80, 2}}},
         }},
        {"unknown type",
         "00010203040500010203040608004500004b0001400040113c6b7f0000017f00003500359c400037000002038"
         "1000001000100000000017806666f6f62617203636f6d00ff000001c00cff000001000000050005010203040"
         "5",
         42,
         false,
         "Standard query response 0x0203 Unknown (65280) x.foobar.com Unknown (65280)",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"1"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"3"}, {{54, 14}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0203"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{70, 2}}},
             {"dns.qry.name", {"x.foobar.com"}, {{54, 14}}},
             {"dns.qry.name.len", {"12"}, {{54, 14}}},
             {"dns.qry.type", {"65280"}, {{68, 2}}},
             {"dns.resp.class", {"0x0001"}, {{76, 2}}},
             {"dns.resp.len", {"5"}, {{82, 2}}},
             {"dns.resp.name", {"x.foobar.com"}, {{72, 2}}},
             {"dns.resp.ttl", {"5"}, {{78, 4}}},
             {"dns.resp.type", {"65280"}, {{74, 2}}},
         }},
        {"labels with dots and spaces",
         "00010203040500010203040608004500003c0001400040113c7a7f0000017f0000359c4000350028000002050"
         "100000100000000000003612e620673702061636503785c790000010001",
         42,
         false,
         "Standard query 0x0205 A a.b.sp ace.x\\y",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"4"}, {{54, 16}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0205"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{72, 2}}},
             {"dns.qry.name", {"a.b.sp ace.x\\y"}, {{54, 16}}},
             {"dns.qry.name.len", {"14"}, {{54, 16}}},
             {"dns.qry.type", {"1"}, {{70, 2}}},
         }},
        {"NOTIFY with every flag and an EDNS option",
         "00010203040500010203040608004500004f0001400040113c677f0000017f0000359c400035003b000002062"
         "7f0000100000000000106666f6f62617203636f6d0000060001000029100000008000000c000a000801020304"
         "05060708",
         42,
         false,
         "Zone change notification 0x0206 SOA foobar.com OPT",
         {
             {"dns.count.add_rr", {"1"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 12}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x27f0"}, {{44, 2}}},
             {"dns.flags.authenticated", {"1"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"1"}, {{44, 2}}},
             {"dns.flags.opcode", {"4"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"1"}, {{44, 2}}},
             {"dns.flags.z", {"1"}, {{44, 2}}},
             {"dns.id", {"0x0206"}, {{42, 2}}},
             {"dns.opt", {"1"}, {{81, 12}}},
             {"dns.opt.code", {"10"}, {{81, 2}}},
             {"dns.opt.data", {"0102030405060708"}, {{85, 8}}},
             {"dns.opt.len", {"8"}, {{83, 2}}},
             {"dns.qry.class", {"0x0001"}, {{68, 2}}},
             {"dns.qry.name", {"foobar.com"}, {{54, 12}}},
             {"dns.qry.name.len", {"10"}, {{54, 12}}},
             {"dns.qry.type", {"6"}, {{66, 2}}},
             {"dns.resp.edns0_version", {"0"}, {{76, 1}}},
             {"dns.resp.ext_rcode", {"0x00"}, {{75, 1}}},
             {"dns.resp.len", {"12"}, {{79, 2}}},
             {"dns.resp.name", {"<Root>"}, {{70, 1}}},
             {"dns.resp.type", {"41"}, {{71, 2}}},
             {"dns.resp.z", {"0x8000"}, {{77, 2}}},
             {"dns.resp.z.do", {"1"}, {{77, 2}}},
             {"dns.resp.z.reserved", {"0x0000"}, {{77, 2}}},
             {"dns.rr.udp_payload_size", {"4096"}, {{73, 2}}},
         }},
        {"AAAA forms",
         "0001020304050001020304060800450000c70001400040113bef7f0000017f00003500359c4000b3000003008"
         "100000100050000000002763606666f6f62617203636f6d00001c0001c00c001c00010000001e001000000000"
         "000000000000000000000001c00c001c00010000001e001020010db8000000000000000000000001c00c001c0"
         "0010000001e001000000000000000000000ffff01020304c00c001c00010000001e0010fe8000000000000000"
         "01000000000001c00c001c00010000001e001000000000000000000000000000000000",
         42,
         false,
         "Standard query response 0x0300 AAAA v6.foobar.com AAAA ::1 AAAA 2001:db8::1 AAAA "
         "::ffff:1.2.3.4 AAAA fe80::1:0:0:1 AAAA ::",
         {
             {"dns.aaaa",
              {"::1", "2001:db8::1", "::ffff:1.2.3.4", "fe80::1:0:0:1", "::"},
              {{85, 16}, {113, 16}, {141, 16}, {169, 16}, {197, 16}}},
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"5"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"3"}, {{54, 15}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0300"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{71, 2}}},
             {"dns.qry.name", {"v6.foobar.com"}, {{54, 15}}},
             {"dns.qry.name.len", {"13"}, {{54, 15}}},
             {"dns.qry.type", {"28"}, {{69, 2}}},
             {"dns.resp.class",
              {"0x0001", "0x0001", "0x0001", "0x0001", "0x0001"},
              {{77, 2}, {105, 2}, {133, 2}, {161, 2}, {189, 2}}},
             {"dns.resp.len",
              {"16", "16", "16", "16", "16"},
              {{83, 2}, {111, 2}, {139, 2}, {167, 2}, {195, 2}}},
             {"dns.resp.name",
              {"v6.foobar.com", "v6.foobar.com", "v6.foobar.com", "v6.foobar.com", "v6.foobar.com"},
              {{73, 2}, {101, 2}, {129, 2}, {157, 2}, {185, 2}}},
             {"dns.resp.ttl",
              {"30", "30", "30", "30", "30"},
              {{79, 4}, {107, 4}, {135, 4}, {163, 4}, {191, 4}}},
             {"dns.resp.type",
              {"28", "28", "28", "28", "28"},
              {{75, 2}, {103, 2}, {131, 2}, {159, 2}, {187, 2}}},
         }},
        {"UPDATE section names",
         "0001020304050001020304060800450000380001400040113c7e7f0000017f00003500359c40002400000008a"
         "800000100000000000006666f6f62617203636f6d0000060001",
         42,
         false,
         "Dynamic update response 0x0008 SOA foobar.com",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.labels", {"2"}, {{54, 12}}},
             {"dns.count.prerequisites", {"0"}, {{48, 2}}},
             {"dns.count.updates", {"0"}, {{50, 2}}},
             {"dns.count.zones", {"1"}, {{46, 2}}},
             {"dns.flags", {"0xa800"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"5"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"0"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0008"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{68, 2}}},
             {"dns.qry.name", {"foobar.com"}, {{54, 12}}},
             {"dns.qry.name.len", {"10"}, {{54, 12}}},
             {"dns.qry.type", {"6"}, {{66, 2}}},
         }},
        {"unknown rcode",
         "00010203040500010203040608004500003c0001400040113c7a7f0000017f00003500359c400028000000018"
         "00c00010000000000000377777706666f6f62617203636f6d0000010001",
         42,
         false,
         "Standard query response 0x0001 Unknown error (12) A www.foobar.com",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"3"}, {{54, 16}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x800c"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"12"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"0"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{72, 2}}},
             {"dns.qry.name", {"www.foobar.com"}, {{54, 16}}},
             {"dns.qry.name.len", {"14"}, {{54, 16}}},
             {"dns.qry.type", {"1"}, {{70, 2}}},
         }},
        {"two messages in one TCP segment",
         "0001020304050001020304060800450000770001400040063c4a7f0000017f000035a02a0035000003e800000"
         "7d05018ffff00000000002b1a2b010000010000000000010377777706666f6f62617203636f6d000001000100"
         "002904d000000000000000200001000000010000000000000377777706666f6f62617203636f6d0000010001",
         54,
         true,
         "Standard query 0x0001 A www.foobar.com",
         {
             {"dns.count.add_rr", {"1", "0"}, {{66, 2}, {111, 2}}},
             {"dns.count.answers", {"0", "0"}, {{62, 2}, {107, 2}}},
             {"dns.count.auth_rr", {"0", "0"}, {{64, 2}, {109, 2}}},
             {"dns.count.labels", {"3", "3"}, {{68, 16}, {113, 16}}},
             {"dns.count.queries", {"1", "1"}, {{60, 2}, {105, 2}}},
             {"dns.flags", {"0x0100", "0x0000"}, {{58, 2}, {103, 2}}},
             {"dns.flags.checkdisable", {"0", "0"}, {{58, 2}, {103, 2}}},
             {"dns.flags.opcode", {"0", "0"}, {{58, 2}, {103, 2}}},
             {"dns.flags.recdesired", {"1", "0"}, {{58, 2}, {103, 2}}},
             {"dns.flags.response", {"0", "0"}, {{58, 2}, {103, 2}}},
             {"dns.flags.truncated", {"0", "0"}, {{58, 2}, {103, 2}}},
             {"dns.flags.z", {"0", "0"}, {{58, 2}, {103, 2}}},
             {"dns.id", {"0x1a2b", "0x0001"}, {{56, 2}, {101, 2}}},
             {"dns.length", {"43", "32"}, {{54, 2}, {99, 2}}},
             {"dns.qry.class", {"0x0001", "0x0001"}, {{86, 2}, {131, 2}}},
             {"dns.qry.name", {"www.foobar.com", "www.foobar.com"}, {{68, 16}, {113, 16}}},
             {"dns.qry.name.len", {"14", "14"}, {{68, 16}, {113, 16}}},
             {"dns.qry.type", {"1", "1"}, {{84, 2}, {129, 2}}},
             {"dns.resp.edns0_version", {"0"}, {{94, 1}}},
             {"dns.resp.ext_rcode", {"0x00"}, {{93, 1}}},
             {"dns.resp.len", {"0"}, {{97, 2}}},
             {"dns.resp.name", {"<Root>"}, {{88, 1}}},
             {"dns.resp.type", {"41"}, {{89, 2}}},
             {"dns.resp.z", {"0x0000"}, {{95, 2}}},
             {"dns.resp.z.do", {"0"}, {{95, 2}}},
             {"dns.resp.z.reserved", {"0x0000"}, {{95, 2}}},
             {"dns.rr.udp_payload_size", {"1232"}, {{91, 2}}},
         }},
        {"EDNS payload 65000",
         "00010203040500010203040608004500003a0001400040113c7c7f0000017f0000359c4000350026000000010"
         "100000100000000000101780000010001000029fde8000000000000",
         42,
         false,
         "Standard query 0x0001 A x OPT",
         {
             {"dns.count.add_rr", {"1"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"0"}, {{54, 3}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{59, 2}}},
             {"dns.qry.name", {"x"}, {{54, 3}}},
             {"dns.qry.name.len", {"0"}, {{54, 3}}},
             {"dns.qry.type", {"1"}, {{57, 2}}},
             {"dns.resp.edns0_version", {"0"}, {{67, 1}}},
             {"dns.resp.ext_rcode", {"0x00"}, {{66, 1}}},
             {"dns.resp.len", {"0"}, {{70, 2}}},
             {"dns.resp.name", {"<Root>"}, {{61, 1}}},
             {"dns.resp.type", {"41"}, {{62, 2}}},
             {"dns.resp.z", {"0x0000"}, {{68, 2}}},
             {"dns.resp.z.do", {"0"}, {{68, 2}}},
             {"dns.resp.z.reserved", {"0x0000"}, {{68, 2}}},
             {"dns.rr.udp_payload_size", {"65000"}, {{64, 2}}},
         }},
        {"TXT with non-ASCII and maximum TTL",
         "00010203040500010203040608004500004a0001400040113c6c7f0000017f00003500359c400036000000028"
         "100000100010000000001780000100001c00c00100001ffffffff000f0a612c62ffc3a9097f207a03227122",
         42,
         false,
         "Standard query response 0x0002 TXT x TXT",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"1"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"0"}, {{54, 3}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0002"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{59, 2}}},
             {"dns.qry.name", {"x"}, {{54, 3}}},
             {"dns.qry.name.len", {"0"}, {{54, 3}}},
             {"dns.qry.type", {"16"}, {{57, 2}}},
             {"dns.resp.class", {"0x0001"}, {{65, 2}}},
             {"dns.resp.len", {"15"}, {{71, 2}}},
             {"dns.resp.name", {"x"}, {{61, 2}}},
             {"dns.resp.ttl", {"4294967295"}, {{67, 4}}},
             {"dns.resp.type", {"16"}, {{63, 2}}},
             {"dns.txt",
              {"a,b\xef"
               "\xbf"
               "\xbd"
               "\xef"
               "\xbf"
               "\xbd"
               "\xef"
               "\xbf"
               "\xbd"
               "\\t\x7f"
               " z",
               "\"q\""},
              {{74, 10}, {85, 3}}},
             {"dns.txt.length", {"10", "3"}, {{73, 1}, {84, 1}}},
         }},
        {"name with control and UTF-8 bytes",
         "0001020304050001020304060800450000400001400040113c767f0000017f0000359c400035002c000000030"
         "1000001000000000000066101ffc3a97f0362206303642e6503665c670000010001",
         42,
         false,
         "Standard query 0x0003 A a\\001\xef"
         "\xbf"
         "\xbd"
         "\xc3"
         "\xa9"
         "\\177.b c.d.e.f\\g",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"5"}, {{54, 20}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0003"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{76, 2}}},
             {"dns.qry.name",
              {"a\\001\xef"
               "\xbf"
               "\xbd"
               "\xc3"
               "\xa9"
               "\\177.b c.d.e.f\\g"},
              {{54, 20}}},
             {"dns.qry.name.len", {"18"}, {{54, 20}}},
             {"dns.qry.type", {"1"}, {{74, 2}}},
         }},
        {"SRV owners of one and two labels",
         "0001020304050001020304060800450000820001400040113c347f0000017f00003500359c40006e000000048"
         "100000100030000000006666f6f62617203636f6d0000210001c00c0021000100000001001400010002000301"
         "7406666f6f62617203636f6d000161000021000100000001000700010002000300000021000100000001000b0"
         "001000200030178017900",
         42,
         false,
         "Standard query response 0x0004 SRV foobar.com SRV 1 2 3 t.foobar.com SRV 1 2 3 <Root> "
         "SRV 1 2 3 x.y",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"3"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 12}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0004"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{68, 2}}},
             {"dns.qry.name", {"foobar.com"}, {{54, 12}}},
             {"dns.qry.name.len", {"10"}, {{54, 12}}},
             {"dns.qry.type", {"33"}, {{66, 2}}},
             {"dns.resp.class", {"0x0001", "0x0001", "0x0001"}, {{74, 2}, {107, 2}, {125, 2}}},
             {"dns.resp.len", {"20", "7", "11"}, {{80, 2}, {113, 2}, {131, 2}}},
             {"dns.resp.ttl", {"1", "1", "1"}, {{76, 4}, {109, 4}, {127, 4}}},
             {"dns.resp.type", {"33", "33", "33"}, {{72, 2}, {105, 2}, {123, 2}}},
             {"dns.srv.port", {"3", "3", "3"}, {{86, 2}, {119, 2}, {137, 2}}},
             {"dns.srv.priority", {"1", "1", "1"}, {{82, 2}, {115, 2}, {133, 2}}},
             {"dns.srv.proto", {"com"}, {{70, 2}}},
             {"dns.srv.service", {"foobar", "a", "<Root>"}, {{70, 2}, {102, 3}, {122, 1}}},
             {"dns.srv.target", {"t.foobar.com", "<Root>", "x.y"}, {{88, 14}, {121, 1}, {139, 5}}},
             {"dns.srv.weight", {"2", "2", "2"}, {{84, 2}, {117, 2}, {135, 2}}},
         }},
        {"two questions sharing a suffix",
         "00010203040500010203040608004500003b0001400040113c7b7f0000017f0000359c4000350027000000050"
         "0000002000000000000016103636f6d00000100010162c00c001c0001",
         42,
         false,
         "Standard query 0x0005 A a.com AAAA b.a.com",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2", "3"}, {{54, 7}, {65, 4}}},
             {"dns.count.queries", {"2"}, {{46, 2}}},
             {"dns.flags", {"0x0000"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"0"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0005"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001", "0x0001"}, {{63, 2}, {71, 2}}},
             {"dns.qry.name", {"a.com", "b.a.com"}, {{54, 7}, {65, 4}}},
             {"dns.qry.name.len", {"5", "7"}, {{54, 7}, {65, 4}}},
             {"dns.qry.type", {"1", "28"}, {{61, 2}, {69, 2}}},
         }},
        {"A in class CH then NULL and SPF",
         "00010203040500010203040608004500005b0001400040113c5b7f0000017f00003500359c400047000000068"
         "100000100030000000001780000010001c00c0001000300000007000401020304c00c000a0001000000070000"
         "c00c0063000100000007000403616263",
         42,
         false,
         "Standard query response 0x0006 A x A 1.2.3.4 NULL SPF",
         {
             {"dns.a", {"1.2.3.4"}, {{73, 4}}},
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"3"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"0"}, {{54, 3}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0006"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{59, 2}}},
             {"dns.qry.name", {"x"}, {{54, 3}}},
             {"dns.qry.name.len", {"0"}, {{54, 3}}},
             {"dns.qry.type", {"1"}, {{57, 2}}},
             {"dns.resp.class", {"0x0003", "0x0001", "0x0001"}, {{65, 2}, {81, 2}, {93, 2}}},
             {"dns.resp.len", {"4", "0", "4"}, {{71, 2}, {87, 2}, {99, 2}}},
             {"dns.resp.name", {"x", "x", "x"}, {{61, 2}, {77, 2}, {89, 2}}},
             {"dns.resp.ttl", {"7", "7", "7"}, {{67, 4}, {83, 4}, {95, 4}}},
             {"dns.resp.type", {"1", "10", "99"}, {{63, 2}, {79, 2}, {91, 2}}},
         }},
        {"root as record data",
         "0001020304050001020304060800450000770001400040113c3f7f0000017f00003500359c400063000000078"
         "100000100040000000001780000010001c00c0005000100000001000100000002000100000001001401610c72"
         "6f6f742d73657276657273036e657400c00c000c000100000001000100c00c000f0001000000010003000000",
         42,
         false,
         "Standard query response 0x0007 A x CNAME <Root> NS a.root-servers.net PTR <Root> MX 0 "
         "<Root>",
         {
             {"dns.cname", {"<Root>"}, {{73, 1}}},
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"4"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"0"}, {{54, 3}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0007"}, {{42, 2}}},
             {"dns.mx.mail_exchange", {"<Root>"}, {{132, 1}}},
             {"dns.mx.preference", {"0"}, {{130, 2}}},
             {"dns.ns", {"a.root-servers.net"}, {{85, 20}}},
             {"dns.ptr.domain_name", {"<Root>"}, {{117, 1}}},
             {"dns.qry.class", {"0x0001"}, {{59, 2}}},
             {"dns.qry.name", {"x"}, {{54, 3}}},
             {"dns.qry.name.len", {"0"}, {{54, 3}}},
             {"dns.qry.type", {"1"}, {{57, 2}}},
             {"dns.resp.class",
              {"0x0001", "0x0001", "0x0001", "0x0001"},
              {{65, 2}, {77, 2}, {109, 2}, {122, 2}}},
             {"dns.resp.len", {"1", "20", "1", "3"}, {{71, 2}, {83, 2}, {115, 2}, {128, 2}}},
             {"dns.resp.name", {"x", "<Root>", "x", "x"}, {{61, 2}, {74, 1}, {105, 2}, {118, 2}}},
             {"dns.resp.ttl", {"1", "1", "1", "1"}, {{67, 4}, {79, 4}, {111, 4}, {124, 4}}},
             {"dns.resp.type", {"5", "2", "12", "15"}, {{63, 2}, {75, 2}, {107, 2}, {120, 2}}},
         }},
        {"EDNS options and extended rcode",
         "0001020304050001020304060800450000440001400040113c727f0000017f0000359c4000350030000000080"
         "1000001000000000001017800000100010000290200ab011234000a00030000fde90002dead",
         42,
         false,
         "Standard query 0x0008 A x OPT",
         {
             {"dns.count.add_rr", {"1"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"0"}, {{54, 3}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0008"}, {{42, 2}}},
             {"dns.opt", {"1", "1"}, {{72, 4}, {76, 6}}},
             {"dns.opt.code", {"3", "65001"}, {{72, 2}, {76, 2}}},
             {"dns.opt.data", {"<MISSING>", "dead"}, {{76, 0}, {80, 2}}},
             {"dns.opt.len", {"0", "2"}, {{74, 2}, {78, 2}}},
             {"dns.qry.class", {"0x0001"}, {{59, 2}}},
             {"dns.qry.name", {"x"}, {{54, 3}}},
             {"dns.qry.name.len", {"0"}, {{54, 3}}},
             {"dns.qry.type", {"1"}, {{57, 2}}},
             {"dns.resp.edns0_version", {"1"}, {{67, 1}}},
             {"dns.resp.ext_rcode", {"0xab"}, {{66, 1}}},
             {"dns.resp.len", {"10"}, {{70, 2}}},
             {"dns.resp.name", {"<Root>"}, {{61, 1}}},
             {"dns.resp.type", {"41"}, {{62, 2}}},
             {"dns.resp.z", {"0x1234"}, {{68, 2}}},
             {"dns.resp.z.do", {"0"}, {{68, 2}}},
             {"dns.resp.z.reserved", {"0x1234"}, {{68, 2}}},
             {"dns.rr.udp_payload_size", {"512"}, {{64, 2}}},
         }},
        {"SOA with escaped mailbox and empty TXT",
         "0001020304050001020304060800450000650001400040113c517f0000017f00003500359c400051000000098"
         "100000100020000000001780000060001c00c0006000100000001001e0161c00c03622e63c00c000000010000"
         "0002000000030000000400000005c00c00100001000000010000",
         42,
         false,
         "Standard query response 0x0009 SOA x SOA a.x TXT",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"2"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"0"}, {{54, 3}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x8100"}, {{44, 2}}},
             {"dns.flags.authenticated", {"0"}, {{44, 2}}},
             {"dns.flags.authoritative", {"0"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.rcode", {"0"}, {{44, 2}}},
             {"dns.flags.recavail", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"1"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0009"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{59, 2}}},
             {"dns.qry.name", {"x"}, {{54, 3}}},
             {"dns.qry.name.len", {"0"}, {{54, 3}}},
             {"dns.qry.type", {"6"}, {{57, 2}}},
             {"dns.resp.class", {"0x0001", "0x0001"}, {{65, 2}, {107, 2}}},
             {"dns.resp.len", {"30", "0"}, {{71, 2}, {113, 2}}},
             {"dns.resp.name", {"x", "x"}, {{61, 2}, {103, 2}}},
             {"dns.resp.ttl", {"1", "1"}, {{67, 4}, {109, 4}}},
             {"dns.resp.type", {"6", "16"}, {{63, 2}, {105, 2}}},
             {"dns.soa.expire_limit", {"4"}, {{95, 4}}},
             {"dns.soa.minimum_ttl", {"5"}, {{99, 4}}},
             {"dns.soa.mname", {"a.x"}, {{73, 4}}},
             {"dns.soa.refresh_interval", {"2"}, {{87, 4}}},
             {"dns.soa.retry_interval", {"3"}, {{91, 4}}},
             {"dns.soa.rname", {"b.c.x"}, {{77, 6}}},
             {"dns.soa.serial_number", {"1"}, {{83, 4}}},
         }},
        {"C1 control",
         "0001020304050001020304060800450000320001400040113c847f0000017f0000359c400035001e000000010"
         "100000100000000000002c28001780000010001",
         42,
         false,
         "Standard query 0x0001 A \\u0080.x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 6}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{62, 2}}},
             {"dns.qry.name", {"\\u0080.x"}, {{54, 6}}},
             {"dns.qry.name.len", {"4"}, {{54, 6}}},
             {"dns.qry.type", {"1"}, {{60, 2}}},
         }},
        {"ASCII escapes",
         "0001020304050001020304060800450000350001400040113c817f0000017f0000359c4000350021000000010"
         "100000100000000000005090a0d5c1b01780000010001",
         42,
         false,
         "Standard query 0x0001 A \\t\\n\\r\\\\033.x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 9}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{65, 2}}},
             {"dns.qry.name", {"\\t\\n\\r\\\\033.x"}, {{54, 9}}},
             {"dns.qry.name.len", {"7"}, {{54, 9}}},
             {"dns.qry.type", {"1"}, {{63, 2}}},
         }},
        {"zero width space",
         "0001020304050001020304060800450000330001400040113c837f0000017f0000359c400035001f000000010"
         "100000100000000000003e2808b01780000010001",
         42,
         false,
         "Standard query 0x0001 A \\u200B.x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 7}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{63, 2}}},
             {"dns.qry.name", {"\\u200B.x"}, {{54, 7}}},
             {"dns.qry.name.len", {"5"}, {{54, 7}}},
             {"dns.qry.type", {"1"}, {{61, 2}}},
         }},
        {"overlong NUL",
         "0001020304050001020304060800450000320001400040113c847f0000017f0000359c400035001e000000010"
         "100000100000000000002c08001780000010001",
         42,
         false,
         "Standard query 0x0001 A \\u0000.x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 6}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{62, 2}}},
             {"dns.qry.name", {"\\u0000.x"}, {{54, 6}}},
             {"dns.qry.name.len", {"4"}, {{54, 6}}},
             {"dns.qry.type", {"1"}, {{60, 2}}},
         }},
        {"surrogate",
         "0001020304050001020304060800450000330001400040113c837f0000017f0000359c400035001f000000010"
         "100000100000000000003eda08001780000010001",
         42,
         false,
         "Standard query 0x0001 A \xef"
         "\xbf"
         "\xbd"
         ".x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 7}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{63, 2}}},
             {"dns.qry.name",
              {"\xef"
               "\xbf"
               "\xbd"
               ".x"},
              {{54, 7}}},
             {"dns.qry.name.len", {"5"}, {{54, 7}}},
             {"dns.qry.type", {"1"}, {{61, 2}}},
         }},
        {"emoji",
         "0001020304050001020304060800450000340001400040113c827f0000017f0000359c4000350020000000010"
         "100000100000000000004f09f988001780000010001",
         42,
         false,
         "Standard query 0x0001 A \xf0"
         "\x9f"
         "\x98"
         "\x80"
         ".x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 8}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{64, 2}}},
             {"dns.qry.name",
              {"\xf0"
               "\x9f"
               "\x98"
               "\x80"
               ".x"},
              {{54, 8}}},
             {"dns.qry.name.len", {"6"}, {{54, 8}}},
             {"dns.qry.type", {"1"}, {{62, 2}}},
         }},
        {"cut UTF-8",
         "0001020304050001020304060800450000320001400040113c847f0000017f0000359c400035001e000000010"
         "100000100000000000002e28201780000010001",
         42,
         false,
         "Standard query 0x0001 A \xef"
         "\xbf"
         "\xbd"
         ".x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 6}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{62, 2}}},
             {"dns.qry.name",
              {"\xef"
               "\xbf"
               "\xbd"
               ".x"},
              {{54, 6}}},
             {"dns.qry.name.len", {"4"}, {{54, 6}}},
             {"dns.qry.type", {"1"}, {{60, 2}}},
         }},
        {"NUL in label",
         "0001020304050001020304060800450000330001400040113c837f0000017f0000359c400035001f000000010"
         "10000010000000000000361007a01780000010001",
         42,
         false,
         "Standard query 0x0001 A a\\000z.x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 7}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{63, 2}}},
             {"dns.qry.name", {"a\\000z.x"}, {{54, 7}}},
             {"dns.qry.name.len", {"5"}, {{54, 7}}},
             {"dns.qry.type", {"1"}, {{61, 2}}},
         }},
        {"replacement char",
         "0001020304050001020304060800450000330001400040113c837f0000017f0000359c400035001f000000010"
         "100000100000000000003efbfbd01780000010001",
         42,
         false,
         "Standard query 0x0001 A \xef"
         "\xbf"
         "\xbd"
         ".x",
         {
             {"dns.count.add_rr", {"0"}, {{52, 2}}},
             {"dns.count.answers", {"0"}, {{48, 2}}},
             {"dns.count.auth_rr", {"0"}, {{50, 2}}},
             {"dns.count.labels", {"2"}, {{54, 7}}},
             {"dns.count.queries", {"1"}, {{46, 2}}},
             {"dns.flags", {"0x0100"}, {{44, 2}}},
             {"dns.flags.checkdisable", {"0"}, {{44, 2}}},
             {"dns.flags.opcode", {"0"}, {{44, 2}}},
             {"dns.flags.recdesired", {"1"}, {{44, 2}}},
             {"dns.flags.response", {"0"}, {{44, 2}}},
             {"dns.flags.truncated", {"0"}, {{44, 2}}},
             {"dns.flags.z", {"0"}, {{44, 2}}},
             {"dns.id", {"0x0001"}, {{42, 2}}},
             {"dns.qry.class", {"0x0001"}, {{63, 2}}},
             {"dns.qry.name",
              {"\xef"
               "\xbf"
               "\xbd"
               ".x"},
              {{54, 7}}},
             {"dns.qry.name.len", {"5"}, {{54, 7}}},
             {"dns.qry.type", {"1"}, {{61, 2}}},
         }},
    };
    return frames;
}

TEST(DnsDissector, MatchesTsharkFieldForField) {
    for (const auto& g : goldenFrames()) {
        const auto frame = fromHex(g.frameHex);
        Dissection d;
        const bool ok =
            dissectDns(frame, g.payloadOffset, frame.size() - g.payloadOffset, g.tcp, d);
        EXPECT_TRUE(ok) << g.name << ": " << d.problem;
        EXPECT_EQ(d.protocol, "DNS");
        app_golden::expectMatchesTshark(g, d);
    }
}

TEST(DnsDissector, LayerDescribesTheApplicationLayer) {
    const auto frame = fromHex(goldenFrames()[1].frameHex);
    Dissection d;
    ASSERT_TRUE(dissectDns(frame, 42, frame.size() - 42, false, d));
    const Layer* dns = d.layer("dns");
    ASSERT_NE(dns, nullptr);
    EXPECT_EQ(dns->name, "Domain Name System");
    EXPECT_EQ(dns->osi, OsiLayer::Application);
    EXPECT_EQ(dns->tcpip, TcpIpLayer::Application);
    EXPECT_EQ(dns->byteOffset, 42U);
    EXPECT_EQ(dns->byteLength, frame.size() - 42);
    EXPECT_EQ(dns->colour(), LayerColour::Application);
}

TEST(DnsDissector, FlagBitsAreSingleBits) {
    const auto frame = fromHex(goldenFrames()[1].frameHex); // flags 0x8580 at frame byte 44
    Dissection d;
    ASSERT_TRUE(dissectDns(frame, 42, frame.size() - 42, false, d));
    const std::map<std::string, std::pair<std::size_t, std::size_t>> expected = {
        {"dns.flags.response", {44 * 8 + 0, 1}},
        {"dns.flags.opcode", {44 * 8 + 1, 4}},
        {"dns.flags.authoritative", {44 * 8 + 5, 1}},
        {"dns.flags.truncated", {44 * 8 + 6, 1}},
        {"dns.flags.recdesired", {44 * 8 + 7, 1}},
        {"dns.flags.recavail", {45 * 8 + 0, 1}},
        {"dns.flags.z", {45 * 8 + 1, 1}},
        {"dns.flags.authenticated", {45 * 8 + 2, 1}},
        {"dns.flags.checkdisable", {45 * 8 + 3, 1}},
        {"dns.flags.rcode", {45 * 8 + 4, 4}},
    };
    for (const auto& [filter, place] : expected) {
        const auto found = d.find(filter);
        ASSERT_EQ(found.size(), 1U) << filter;
        EXPECT_EQ(found[0]->bitOffset, place.first) << filter;
        EXPECT_EQ(found[0]->bitLength, place.second) << filter;
    }
}

TEST(DnsDissector, EveryFieldHasAMeaningAndEveryTtlADisplay) {
    for (const auto& g : goldenFrames()) {
        const auto frame = fromHex(g.frameHex);
        Dissection d;
        dissectDns(frame, g.payloadOffset, frame.size() - g.payloadOffset, g.tcp, d);
        std::vector<const Field*> stack;
        for (const auto& l : d.layers) {
            for (const auto& f : l.fields) {
                stack.push_back(&f);
            }
        }
        while (!stack.empty()) {
            const Field* f = stack.back();
            stack.pop_back();
            EXPECT_FALSE(f->meaning.empty()) << g.name << " " << f->name;
            EXPECT_FALSE(f->name.empty()) << g.name;
            for (const auto& c : f->children) {
                stack.push_back(&c);
            }
        }
        for (const auto* ttl : d.find("dns.resp.ttl")) {
            EXPECT_EQ(ttl->display.substr(0, ttl->value.size() + 2), ttl->value + " (");
        }
    }
    const auto frame = fromHex(goldenFrames()[1].frameHex);
    Dissection d;
    dissectDns(frame, 42, frame.size() - 42, false, d);
    EXPECT_EQ(d.find("dns.resp.ttl")[0]->shown(), "300 (5 minutes)");
    EXPECT_EQ(d.find("dns.qry.type")[0]->shown(), "A (Host Address) (1)");
    EXPECT_EQ(d.find("dns.flags")[0]->shown(), "0x8580 Standard query response, No error");
    EXPECT_EQ(d.find("dns.resp.ttl")[0]->meaning,
              "How long, in seconds, a resolver may keep this answer in its cache.");
}

// A name that uses a compression pointer covers only the two pointer bytes where it sits.
TEST(DnsDissector, CompressedNamesCoverOnlyTheirOwnBytes) {
    auto query = DnsMessage::query(7, *DnsName::parse("www.foobar.com"), DnsType::A);
    auto reply = DnsMessage::responseTo(query);
    reply.answers.push_back(
        DnsRecord::a(*DnsName::parse("www.foobar.com"), 60, Ipv4Address(1, 2, 3, 4)));
    const auto bytes = *reply.encode();
    std::vector<std::uint8_t> frame(10, 0);
    frame.insert(frame.end(), bytes.begin(), bytes.end());
    Dissection d;
    ASSERT_TRUE(dissectDns(frame, 10, bytes.size(), false, d));
    const auto names = d.find("dns.resp.name");
    ASSERT_EQ(names.size(), 1U);
    EXPECT_EQ(names[0]->bitOffset, (10U + 12 + 16 + 4) * 8);
    EXPECT_EQ(names[0]->bitLength, 16U);
    EXPECT_EQ(names[0]->value, "www.foobar.com");
}

TEST(DnsDissector, TcpLengthPrefixIsAField) {
    const auto& g = goldenFrames()[9]; // AXFR over TCP
    ASSERT_TRUE(g.tcp);
    const auto frame = fromHex(g.frameHex);
    Dissection d;
    ASSERT_TRUE(dissectDns(frame, g.payloadOffset, frame.size() - g.payloadOffset, true, d));
    const auto length = d.find("dns.length");
    ASSERT_EQ(length.size(), 1U);
    EXPECT_EQ(length[0]->bitOffset, g.payloadOffset * 8);
    EXPECT_EQ(length[0]->bitLength, 16U);
    EXPECT_EQ(d.find("dns.id")[0]->bitOffset, (g.payloadOffset + 2) * 8);
}

TEST(DnsDissector, TruncatedMessagesReportAProblemNamingTheByte) {
    const auto frame = fromHex(goldenFrames()[1].frameHex);
    for (std::size_t len = 0; len + 42 < frame.size(); ++len) {
        Dissection d;
        EXPECT_FALSE(dissectDns(frame, 42, len, false, d)) << len;
        EXPECT_NE(d.problem.find("byte"), std::string::npos) << len << ": " << d.problem;
        EXPECT_EQ(d.protocol, "DNS");
        if (len >= 12) {
            EXPECT_EQ(d.find("dns.id").size(), 1U);
            EXPECT_NE(d.info.find("[Malformed Packet]"), std::string::npos);
        }
    }
}

TEST(DnsDissector, TcpMessageLongerThanTheSegmentIsReported) {
    const auto& g = goldenFrames()[9];
    auto frame = fromHex(g.frameHex);
    frame.resize(frame.size() - 3);
    Dissection d;
    EXPECT_FALSE(dissectDns(frame, g.payloadOffset, frame.size() - g.payloadOffset, true, d));
    EXPECT_NE(d.problem.find("continues past this segment"), std::string::npos) << d.problem;
}

TEST(DnsDissector, PayloadOutsideTheFrameIsRefused) {
    const std::vector<std::uint8_t> frame(20, 0);
    Dissection d;
    EXPECT_FALSE(dissectDns(frame, 15, 10, false, d));
    EXPECT_FALSE(d.problem.empty());
    EXPECT_FALSE(dissectDns(frame, 25, 0, false, d));
}

TEST(DnsDissector, PointerLoopIsAProblemNotACrash) {
    // Header with one question whose name is a pointer to itself.
    const std::vector<std::uint8_t> msg = {0, 1, 0, 0,    0,  1, 0, 0, 0,
                                           0, 0, 0, 0xC0, 12, 0, 1, 0, 1};
    Dissection d;
    EXPECT_FALSE(dissectDns(msg, 0, msg.size(), false, d));
    EXPECT_NE(d.problem.find("points forward or into itself"), std::string::npos) << d.problem;
}

} // namespace
} // namespace hopscope::wire
