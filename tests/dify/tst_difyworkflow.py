# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped Dify workflow (integrations/dify/interview-recorder.yml): the DSL rules Dify's
importer and the issue ask for, and whole interviews run node by node (tests/dify/difyrunner.py)
against the real `interview-recorder --headless` binary, with hostile text in every field.

Usage: tst_difyworkflow.py BINARY WORKFLOW_YML
"""
import json
import os
import re
import queue
import subprocess
import sys
import tempfile
import threading
import unittest
import urllib.request

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from difyrunner import TEMPLATE, Runner, WorkflowError  # noqa: E402

BINARY, WORKFLOW = sys.argv[1], sys.argv[2]
KEY = "dify-test-key-0123456789"
# Everything that breaks a JSON body pasted by plain substitution, and a few that break other things.
HOSTILE = [
    'He said "no" \\ then {"a": 1}',
    "line one\nline two\r\n\ttabbed",
    "引号“中文”和 'single' 以及 emoji 🎙️",
    "{{#sys.query#}} </script> ${x} %s \\u0000",
    "a\\", "\"", "}", "\\n",
]
# Built-in node types of Dify: no tool, agent, plugin or knowledge nodes (they need set-up).
BUILT_IN = {"start", "answer", "end", "llm", "code", "http-request", "if-else", "assigner",
            "template-transform", "variable-aggregator", "parameter-extractor", "question-classifier",
            "iteration", "iteration-start", "loop", "loop-start", "loop-end", "list-operator",
            "document-extractor"}
OUTPUTS = {"http-request": {"body", "status_code", "headers", "files"}, "llm": {"text", "usage"}}


class Server:
    """The real binary on a free loopback port, with its own data directory."""

    def __enter__(self):
        self.dir = tempfile.TemporaryDirectory()
        env = dict(os.environ, HOME=self.dir.name, XDG_CONFIG_HOME=self.dir.name, XDG_DATA_HOME=self.dir.name)
        # Port 0: the server takes a free port and names it in its first line.
        self.process = subprocess.Popen(
            [BINARY, "--headless", "--port", "0", "--data-dir", self.dir.name, "--api-key", KEY],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        listening = queue.Queue()
        threading.Thread(target=self.drain, args=(listening,), daemon=True).start()
        try:
            self.url = listening.get(timeout=60)
        except queue.Empty:
            self.process.kill()
            raise RuntimeError("the server did not say where it listens")
        if self.url is None:
            raise RuntimeError("the server stopped before it listened")
        return self

    def drain(self, listening):
        """Reads the server's log (a full pipe would stall it); hands over the URL once."""
        for line in self.process.stdout:
            match = re.search(r"listening on (http://\S+)", line)
            if match:
                listening.put(match.group(1))
        listening.put(None)

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.process.stdout.close()
        self.dir.cleanup()

    def call(self, method, path, body=None):
        request = urllib.request.Request(self.url + path, method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Authorization": "Bearer " + KEY,
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as reply:
            return json.loads(reply.read())


class FakeModel:
    """Stands in for the two LLM nodes: fixed questions, hostile feedback, scores in turn."""

    def __init__(self, feedback, scores, fence=False):
        self.feedback, self.scores, self.fence, self.asked = feedback, list(scores), fence, 0

    def __call__(self, node, system, user):
        if node == "llm_score":
            text = json.dumps({"score": self.scores.pop(0), "feedback": self.feedback}, ensure_ascii=False)
        else:
            self.asked += 1
            text = json.dumps({"question": f"Model question {self.asked}: \"why\"?\n(say more)",
                               "question_type": "behavioral", "question_category": "Soft \"skills\""})
        return f"```json\n{text}\n```" if self.fence else text


class DslRules(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(WORKFLOW, encoding="utf-8") as f:
            cls.text = f.read()
        cls.doc = yaml.safe_load(cls.text)
        cls.nodes = {n["id"]: n["data"] for n in cls.doc["workflow"]["graph"]["nodes"]}

    def test_header(self):
        self.assertEqual(self.doc["kind"], "app")
        self.assertRegex(self.text, re.compile(r'^version: "\d+\.\d+\.\d+"$', re.M), "a quoted string")
        self.assertIsInstance(self.doc["version"], str)
        self.assertIn(self.doc["app"]["mode"], ("advanced-chat", "workflow"))
        self.assertEqual(self.doc["dependencies"], [])

    def test_built_in_nodes_only(self):
        for nid, data in self.nodes.items():
            with self.subTest(node=nid):
                self.assertIn(data["type"], BUILT_IN)
                self.assertRegex(nid, r"^[a-zA-Z0-9_]{1,50}$")

    def test_edges_join_existing_nodes(self):
        ids = [n["id"] for n in self.doc["workflow"]["graph"]["nodes"]]
        self.assertEqual(len(ids), len(set(ids)))
        for e in self.doc["workflow"]["graph"]["edges"]:
            with self.subTest(edge=e["id"]):
                self.assertIn(e["source"], self.nodes)
                self.assertIn(e["target"], self.nodes)
                self.assertEqual(e["data"]["sourceType"], self.nodes[e["source"]]["type"])
                self.assertEqual(e["data"]["targetType"], self.nodes[e["target"]]["type"])

    def test_url_and_key_come_from_variables(self):
        env = {v["name"]: v for v in self.doc["workflow"]["environment_variables"]}
        self.assertEqual(env["INTERVIEW_RECORDER_KEY"]["value_type"], "secret")
        self.assertEqual(env["INTERVIEW_RECORDER_KEY"]["value"], "")
        self.assertIn("INTERVIEW_RECORDER_URL", env)
        for nid, data in self.nodes.items():
            if data["type"] != "http-request":
                continue
            with self.subTest(node=nid):
                self.assertTrue(data["url"].startswith("{{#env.INTERVIEW_RECORDER_URL#}}/"))
                self.assertIn("Authorization: Bearer {{#env.INTERVIEW_RECORDER_KEY#}}", data["headers"])
                self.assertTrue(data["retry_config"]["enabled"])
                if data["method"] == "post":
                    self.assertRegex(data["headers"], r"(?m)^Idempotency-Key: \{\{#\w+\.\w+#\}\}$")
        self.assertNotRegex(self.text, r"Bearer (?!\{\{#env\.)", "no key written into the file")

    def test_every_reference_resolves(self):
        start = next(d for d in self.nodes.values() if d["type"] == "start")
        conversation = {v["name"] for v in self.doc["workflow"]["conversation_variables"]}
        env = {v["name"] for v in self.doc["workflow"]["environment_variables"]}
        selectors = [m.split(".") for m in TEMPLATE.findall(self.text)]
        for data in self.nodes.values():
            selectors += [v["value_selector"] for v in data.get("variables", []) if "value_selector" in v]
            selectors += [i["value"] for i in data.get("items", []) if i["input_type"] == "variable"]
        for head, name in selectors:
            with self.subTest(ref=f"{head}.{name}"):
                if head == "sys":
                    self.assertIn(name, ("query", "conversation_id", "user_id"))
                elif head == "env":
                    self.assertIn(name, env)
                elif head == "conversation":
                    self.assertIn(name, conversation)
                elif self.nodes[head]["type"] == "start":
                    self.assertIn(name, [v["variable"] for v in start["variables"]])
                elif self.nodes[head]["type"] == "code":
                    self.assertIn(name, self.nodes[head]["outputs"])
                else:
                    self.assertIn(name, OUTPUTS[self.nodes[head]["type"]])

    def test_bodies_stay_json_whatever_is_pasted(self):
        """A body is constant JSON or one variable a Code node made with json.dumps; never a
        variable pasted into a JSON string, which a quote or newline breaks."""
        for nid, data in self.nodes.items():
            if data["type"] != "http-request" or data["body"]["type"] != "json":
                continue
            template = data["body"]["data"][0]["value"]
            for hostile in HOSTILE:
                with self.subTest(node=nid, text=hostile):
                    pasted = TEMPLATE.sub(lambda m: json.dumps({"field": hostile}), template)
                    json.loads(pasted, strict=False)
                    self.assertTrue(TEMPLATE.fullmatch(template) or not TEMPLATE.search(template))


class Interviews(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(WORKFLOW, encoding="utf-8") as f:
            cls.doc = yaml.safe_load(f)

    def interview(self, server, inputs, answers, model, conversation="conv-1", key=KEY):
        runner = Runner(self.doc, {"INTERVIEW_RECORDER_URL": server.url, "INTERVIEW_RECORDER_KEY": key}, model)
        replies = [runner.turn("你好 hello", inputs, conversation)]
        for answer in answers:
            replies.append(runner.turn(answer, inputs, conversation))
        return runner, replies

    def test_model_questions_with_hostile_text(self):
        with Server() as server:
            for i, hostile in enumerate(HOSTILE):
                with self.subTest(text=hostile):
                    user = f"cand-{i}"
                    inputs = {"candidate_id": user, "candidate_name": hostile, "position": "后端 \"Go\"",
                              "kit_id": "", "question_count": 2}
                    model = FakeModel(hostile, [7.5, 12], fence=bool(i % 2))
                    runner, replies = self.interview(server, inputs, [hostile, hostile + " 2"], model, f"c{i}")
                    self.assertIn("Question 1/2", replies[0])
                    self.assertIn("Question 2/2", replies[1])
                    self.assertIn("Interview finished", replies[2])
                    session_id = runner.conversation["session_id"]
                    session = server.call("GET", f"/sessions/{session_id}")["data"]
                    self.assertEqual(session["status"], "completed")
                    self.assertEqual([q["candidate_answer"] for q in session["questions"]],
                                     [hostile.strip(), (hostile + " 2").strip()])
                    self.assertEqual([q["interviewer_feedback"] for q in session["questions"]],
                                     [hostile.strip() or "(no feedback)"] * 2)
                    self.assertEqual([q["overall_score"] for q in session["questions"]], [7.5, 10])
                    self.assertEqual(session["questions"][0]["question_type"], "behavioral")
                    self.assertEqual(session["questions"][0]["question_category"], 'Soft "skills"')
                    profile = server.call("GET", f"/candidates/{user}")["data"]
                    self.assertEqual(profile["display_name"], hostile.strip())

    def test_kit_questions_in_order_and_retries_add_nothing(self):
        with Server() as server:
            bank = [server.call("POST", "/question-bank", {"question_text": text, "question_type": kind,
                                                           "question_category": "Kit"})["data"]["bank_question_id"]
                    for text, kind in (("Explain \"RAII\"\nin C++", "technical"), ("讲一个冲突的例子", "behavioral"))]
            kit = server.call("POST", "/kits", {"name": "Backend", "position": "Backend",
                                                "bank_question_ids": bank})["data"]["kit_id"]
            inputs = {"candidate_id": "kit/user?x=1", "candidate_name": "Ada", "position": "Backend",
                      "kit_id": kit, "question_count": 3}
            runner, replies = self.interview(server, inputs, ["a1", "a2", "a3"], FakeModel("ok", [5, 6, 7]))
            session_id = runner.conversation["session_id"]
            questions = server.call("GET", f"/sessions/{session_id}")["data"]["questions"]
            self.assertEqual([q["question_text"] for q in questions][:2], ["Explain \"RAII\"\nin C++", "讲一个冲突的例子"])
            self.assertEqual([q["question_type"] for q in questions], ["technical", "behavioral", "behavioral"])
            self.assertTrue(questions[2]["question_text"].startswith("Model question"))
            # Dify retries a failed node with the same inputs: every POST again, nothing new stored.
            for nid, method, url, headers, body in runner.http_log:
                if method == "POST":
                    again = Runner.send(method, url, headers, body)
                    self.assertEqual(again["status_code"], 200, again["body"])
            self.assertEqual(len(server.call("GET", f"/sessions/{session_id}")["data"]["questions"]), 3)
            sessions = server.call("GET", "/interview/sessions/kit%2Fuser%3Fx%3D1")
            self.assertEqual(sessions["total"], 1)
            # The same conversation's first message again (a user reloads): the same session.
            again = Runner(self.doc, runner.env, FakeModel("ok", [1]))
            again.turn("hello", inputs, "conv-1")
            self.assertEqual(again.conversation["session_id"], session_id)

    def test_refusals_are_told_in_the_chat(self):
        with Server() as server:
            inputs = {"candidate_id": "u1", "candidate_name": "", "position": "P", "kit_id": "", "question_count": 1}
            with self.assertRaisesRegex(WorkflowError, "UNAUTHORIZED"):
                self.interview(server, inputs, [], FakeModel("x", []), key="wrong")
            bad_kit = dict(inputs, kit_id="kit_000000000000")
            with self.assertRaisesRegex(WorkflowError, "KIT_NOT_FOUND"):
                self.interview(server, bad_kit, [], FakeModel("x", []), conversation="c2")
            with self.assertRaisesRegex(WorkflowError, "did not answer with JSON"):
                runner, _ = self.interview(server, inputs, [], FakeModel("x", []), conversation="c3")
                runner.llm = lambda node, system, user: "I think it is a 7"
                runner.turn("my answer", inputs, "c3")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
