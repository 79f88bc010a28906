#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 RoomDeck contributors
#
# Checks the structure of the Zabbix 6.0 template of the monitoring kit: every trigger names
# items of its own template, every dependent item and discovery rule names an existing master
# item, every metric the Prometheus preprocessing reads is one the agent serves (the names in
# src/agent/agentmetrics.cpp), every user macro used is defined, and the UUIDs are 32 hex
# characters (version 4, as Zabbix' import wants) and unique.
# Usage: check-zabbix-template.py TEMPLATE.yaml AGENTMETRICS.cpp
import re
import sys

try:
    import yaml
except ImportError:
    print('python3-yaml not found: skipped')
    sys.exit(0)

problems = []


def problem(text):
    problems.append(text)


def walk(node, path=''):
    """Yields (path, key, value) for every mapping entry of the document."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from walk(value, '%s/%s' % (path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, '%s[%d]' % (path, i))


def item_refs(expression):
    """The (host, key) of every /HOST/KEY function argument of a trigger expression."""
    refs = []
    i = 0
    while True:
        start = expression.find('(/', i)
        if start < 0:
            return refs
        host_end = expression.find('/', start + 2)
        if host_end < 0:
            problem('unterminated item reference in %r' % expression)
            return refs
        depth, quoted, j = 0, False, host_end + 1
        while j < len(expression):
            c = expression[j]
            if quoted:
                if c == '\\':
                    j += 1
                elif c == '"':
                    quoted = False
            elif c == '"':
                quoted = True
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif depth == 0 and c in ',)':
                break
            j += 1
        refs.append((expression[start + 2:host_end], expression[host_end + 1:j]))
        i = j


def main():
    template_file, metrics_source = sys.argv[1], sys.argv[2]
    with open(template_file, encoding='utf-8') as f:
        doc = yaml.safe_load(f)
    with open(metrics_source, encoding='utf-8') as f:
        served = set(re.findall(r'"(roomdeck_[a-z_]+)"', f.read()))
    if len(served) < 10:
        problem('found only %d metric names in %s' % (len(served), metrics_source))

    export = doc.get('zabbix_export') if isinstance(doc, dict) else None
    if not isinstance(export, dict):
        print('FAILED: no zabbix_export mapping')
        return 1
    if export.get('version') != '6.0':
        problem("zabbix_export.version is %r, not '6.0'" % export.get('version'))
    templates = export.get('templates') or []
    if len(templates) != 1:
        problem('expected one template, found %d' % len(templates))

    keys = {}  # template name -> set of item and item prototype keys
    masters = []  # (where, template, master key)
    metrics = []  # (where, metric name)
    for t in templates:
        name = t.get('template')
        own = keys.setdefault(name, set())
        entries = [('item', i) for i in t.get('items') or []]
        for rule in t.get('discovery_rules') or []:
            entries.append(('discovery rule', rule))
            entries += [('item prototype', p) for p in rule.get('item_prototypes') or []]
            paths = {m.get('lld_macro') for m in rule.get('lld_macro_paths') or []}
            for proto in rule.get('item_prototypes') or []:
                for macro in re.findall(r'\{#[A-Z_]+\}', yaml.safe_dump(proto)):
                    if macro not in paths:
                        problem('%s uses %s, which the rule does not define'
                                % (proto.get('key'), macro))
        for kind, entry in entries:
            key = entry.get('key')
            if not key:
                problem('a %s of %s has no key' % (kind, name))
                continue
            if key in own:
                problem('key %s appears twice' % key)
            own.add(key)
            if entry.get('type') == 'DEPENDENT':
                master = (entry.get('master_item') or {}).get('key')
                masters.append(('%s %s' % (kind, key), name, master))
            elif entry.get('type') == 'HTTP_AGENT':
                if not str(entry.get('url', '')).endswith('/metrics'):
                    problem('HTTP agent item %s does not read /metrics' % key)
            for step in entry.get('preprocessing') or []:
                if step.get('type') in ('PROMETHEUS_PATTERN', 'PROMETHEUS_TO_JSON'):
                    pattern = (step.get('parameters') or [''])[0]
                    metric = re.match(r'[a-zA-Z_:][a-zA-Z0-9_:]*', pattern)
                    metrics.append((key, metric.group(0) if metric else pattern))
        macros = {m.get('macro') for m in t.get('macros') or []}
        for _, field, value in walk(t):
            if field == 'macro' or not isinstance(value, str):
                continue
            for used in re.findall(r'\{\$[A-Z0-9_.]+\}', value):
                if used not in macros:
                    problem('macro %s is used but not defined' % used)
        if '{$ROOMDECK.AGENT.URL}' not in macros:
            problem('no {$ROOMDECK.AGENT.URL} macro')

    for where, template, master in masters:
        if master not in keys.get(template, set()):
            problem('%s: master item %r does not exist' % (where, master))
    for where, metric in metrics:
        if metric not in served:
            problem('%s reads %r, which the agent does not serve' % (where, metric))
    if not metrics:
        problem('no Prometheus preprocessing at all')

    triggers = [('trigger', t) for t in export.get('triggers') or []]
    for t in templates:
        for item in t.get('items') or []:
            triggers += [('trigger', tr) for tr in item.get('triggers') or []]
        for rule in t.get('discovery_rules') or []:
            triggers += [('trigger prototype', tr) for tr in rule.get('trigger_prototypes') or []]
            for proto in rule.get('item_prototypes') or []:
                triggers += [('trigger prototype', tr)
                             for tr in proto.get('trigger_prototypes') or []]
    if len(triggers) < 5:
        problem('expected the five alerts of roomdeck-alerts.yml, found %d triggers'
                % len(triggers))
    for kind, trigger in triggers:
        for field in ('expression', 'recovery_expression'):
            expression = trigger.get(field)
            if not expression:
                continue
            refs = item_refs(expression)
            if not refs:
                problem('%s %r references no item' % (kind, trigger.get('name')))
            for host, key in refs:
                if host not in keys:
                    problem('%s %r: host %r is not a template of this file'
                            % (kind, trigger.get('name'), host))
                elif key not in keys[host]:
                    problem('%s %r: item key %r does not exist in %s'
                            % (kind, trigger.get('name'), key, host))
                elif kind == 'trigger' and '{#' in key:
                    problem('trigger %r uses the prototype %s' % (trigger.get('name'), key))

    uuids = [value for _, field, value in walk(export) if field == 'uuid']
    for value in uuids:
        if not re.fullmatch(r'[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}', str(value)):
            problem('uuid %r is not 32 lowercase hex characters of a version 4 UUID' % value)
    duplicates = sorted({v for v in uuids if uuids.count(v) > 1})
    if duplicates:
        problem('uuids used twice: %s' % ', '.join(duplicates))

    for p in problems:
        print('FAILED: ' + p)
    if problems:
        return 1
    print('%d items and prototypes, %d triggers, %d Prometheus steps, %d uuids: all consistent'
          % (sum(len(k) for k in keys.values()), len(triggers), len(metrics), len(uuids)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
