# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a Dify chatflow DSL file the way Dify's graph engine does, for the nodes the shipped
workflow uses: start, if-else, code, http-request, llm (a fake model), assigner, answer.

What it copies from Dify, because that is what could break the workflow:
- templates `{{#node.var#}}` are plain text substitution (no escaping): a variable pasted
  inside a JSON string literal breaks on a quote or a newline;
- an http-request node's `json` body is rendered, then parsed as JSON (Dify refuses the
  request when that fails);
- a node runs when every incoming edge is decided and at least one was taken; edges out of
  an if-else branch that was not taken are skipped, and so is everything only they reach;
- a Code node's main(**inputs) must return every declared output with its declared type.
"""
import json
import re
import urllib.error
import urllib.request

# Dify's variable template (core/workflow/nodes/base/entities + VariableTemplateParser).
TEMPLATE = re.compile(r"\{\{#([a-zA-Z0-9_]{1,50}(?:\.[a-zA-Z_][a-zA-Z0-9_]{0,29}){1,10})#\}\}")


class WorkflowError(Exception):
    """A node failed: Dify stops the run and shows this message in the chat."""


class Runner:
    def __init__(self, document, env, llm):
        self.doc = document
        graph = document["workflow"]["graph"]
        self.nodes = {n["id"]: n["data"] for n in graph["nodes"]}
        self.edges = graph["edges"]
        self.env = env
        self.llm = llm  # llm(node_id, system_text, user_text) -> text
        self.conversation = {v["name"]: v["value"] for v in document["workflow"]["conversation_variables"]}
        self.http_log = []  # (node_id, method, url, headers, body) of every request sent

    # ---- variables -------------------------------------------------------------------
    def lookup(self, selector):
        head, *rest = selector
        if head == "sys":
            value = self.sys[rest[0]]
        elif head == "env":
            value = self.env[rest[0]]
        elif head == "conversation":
            value = self.conversation[rest[0]]
        else:
            if head not in self.outputs:  # a node that did not run: Dify renders nothing
                return None
            value = self.outputs[head].get(rest[0])
        return value

    def render(self, template):
        def text(match):
            value = self.lookup(match.group(1).split("."))
            if value is None:
                return ""
            if isinstance(value, (dict, list)):
                return json.dumps(value, ensure_ascii=False)
            return str(value)

        return TEMPLATE.sub(text, template)

    # ---- one chat turn ---------------------------------------------------------------
    def turn(self, query, inputs, conversation_id):
        self.sys = {"query": query, "conversation_id": conversation_id, "user": "tester"}
        self.inputs = inputs
        self.outputs = {}
        self.answers = []
        incoming = {nid: [] for nid in self.nodes}
        for e in self.edges:
            incoming[e["target"]].append(e)
        state = {}  # edge id -> True (taken) / False (skipped)
        done = set()
        start = next(nid for nid, d in self.nodes.items() if d["type"] == "start")
        ready = [start]
        while ready:
            nid = ready.pop(0)
            data = self.nodes[nid]
            runs = nid == start or any(state[e["id"]] for e in incoming[nid])
            handle = self.run_node(nid, data) if runs else None
            done.add(nid)
            for e in self.edges:
                if e["source"] != nid:
                    continue
                state[e["id"]] = runs and (handle is None or e["sourceHandle"] in (handle, "source"))
                target = e["target"]
                if target not in done and target not in ready and all(x["id"] in state for x in incoming[target]):
                    ready.append(target)
        return "".join(self.answers)

    def run_node(self, nid, data):
        kind = data["type"]
        if kind == "start":
            self.outputs[nid] = dict(self.inputs)
        elif kind == "if-else":
            return self.if_else(data)
        elif kind == "code":
            self.outputs[nid] = self.code(nid, data)
        elif kind == "http-request":
            self.outputs[nid] = self.http(nid, data)
        elif kind == "llm":
            system, user = (self.render(p["text"]) for p in data["prompt_template"])
            self.outputs[nid] = {"text": self.llm(nid, system, user)}
        elif kind == "assigner":
            for item in data["items"]:
                value = self.lookup(item["value"]) if item["input_type"] == "variable" else item["value"]
                self.conversation[item["variable_selector"][1]] = value
        elif kind == "answer":
            self.answers.append(self.render(data["answer"]))
        else:
            raise AssertionError("the runner does not know node type " + kind)
        return None

    def if_else(self, data):
        for case in data["cases"]:
            results = []
            for c in case["conditions"]:
                value = self.lookup(c["variable_selector"])
                op = c["comparison_operator"]
                if op == "empty":
                    results.append(not value)
                elif op == "not empty":
                    results.append(bool(value))
                elif op == "is":
                    results.append(str(value) == c["value"])
                else:
                    raise AssertionError("the runner does not know operator " + op)
            if (all if case["logical_operator"] == "and" else any)(results):
                return case["case_id"]
        return "false"

    def code(self, nid, data):
        scope = {}
        exec(compile(data["code"], nid, "exec"), scope)
        inputs = {v["variable"]: self.lookup(v["value_selector"]) for v in data["variables"]}
        try:
            result = scope["main"](**inputs)
        except Exception as error:  # Dify shows the exception text and stops the run
            raise WorkflowError(str(error)) from error
        types = {"string": str, "number": (int, float)}
        for name, spec in data["outputs"].items():
            if not isinstance(result.get(name), types[spec["type"]]):
                raise AssertionError(f"{nid}.{name} is not a {spec['type']}: {result.get(name)!r}")
        return result

    def http(self, nid, data):
        url = self.render(data["url"])
        headers = {}
        for line in self.render(data["headers"]).splitlines():
            if line.strip():
                key, _, value = line.partition(":")
                headers[key.strip()] = value.strip()
        body = None
        if data["body"]["type"] == "json":
            text = self.render(data["body"]["data"][0]["value"])
            try:
                parsed = json.loads(text, strict=False)
            except ValueError as error:
                raise WorkflowError(f"{nid}: the JSON body does not parse: {error}: {text[:200]}")
            body = json.dumps(parsed).encode()
            headers["Content-Type"] = "application/json"
        self.http_log.append((nid, data["method"].upper(), url, headers, body))
        return self.send(data["method"].upper(), url, headers, body)

    @staticmethod
    def send(method, url, headers, body):
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as reply:
                return {"status_code": reply.status, "body": reply.read().decode(), "headers": dict(reply.headers)}
        except urllib.error.HTTPError as reply:
            return {"status_code": reply.code, "body": reply.read().decode(), "headers": dict(reply.headers)}
