#!/usr/bin/env python3
"""Writes the tiny deterministic model the real-server tests give llama.cpp's server.

A real `llama`-architecture GGUF (what llama.cpp loads for Llama, Mistral and Qwen
models), written with llama.cpp's own GGUF writer (PyPI `gguf`), whose weights are set
by hand so that its next token depends only on the token before it (a bigram table),
and always the same way:

- every attention and feed-forward weight is zero, so each layer adds nothing and the
  last hidden state is the current token's embedding;
- the embeddings have three features: dimension 0 is 1 for every token, dimension 1
  is 1 for the newline, dimension 2 for `<tool_call>`;
- the output matrix turns them into logits: column 0 ranks every token (the r-th of
  the ranking gets -r, which the final RMS norm scales to about -8 r), column 1 moves
  `<|im_end|>` and `<tool_call>` to the top after a newline, column 2 the newline
  after `<tool_call>`. The best token beats the next by e^5 or more, so any sampler
  (greedy, or the server's default temperature, top-k, top-p and min-p) takes the
  best token the server allows.

What follows from the ranking, in the server's hands:

- without a grammar the model says nothing: after the prompt's last newline
  (`<|im_start|>assistant\n`) its first choice is `<|im_end|>`, the end of the turn;
- under a forced tool call (llama.cpp's grammar allows prose before the call, but not
  the end of the turn) its choice is `<tool_call>`, a newline, and then the call;
- in JSON (the call's arguments, or `json_schema`) it writes the shortest answer the
  schema allows, because the characters that close things come first: `"` (strings
  are empty, and a value that may be a string is one), then `x` (the one character of
  a string that must not be empty), `}` and `]` (objects and arrays close as soon as
  they may), `<` (a tool call ends with `</tool_call>` rather than a second call),
  then the other characters, white space last (it is never needed).

The answers are therefore the same on every run and can be asserted exactly.

The tokenizer is GPT-2's byte-level BPE (`tokenizer.ggml.model = "gpt2"`, Qwen2's
pre-tokenizer): the 256 byte tokens, merges of every pair of lower-case letters (and
a space before one) so prompts take about half as many tokens as bytes, and the
ChatML and tool-call special tokens. The chat template is a ChatML template that
renders `tools` and tool calls in the `<tool_call>` form Qwen2.5 and Hermes models use,
from which the server derives its tool-call grammar and parser.

Usage: write_model.py OUT.gguf   (needs `gguf` and `numpy`; writes about 0.5 MB)
"""

import string
import sys

import numpy as np
import gguf

N_EMBD = 64
N_HEAD = 4
N_LAYER = 2
N_FF = 128
CONTEXT = 32768

SPECIALS = [
    ("<|endoftext|>", gguf.TokenType.CONTROL),
    ("<|im_start|>", gguf.TokenType.CONTROL),
    ("<|im_end|>", gguf.TokenType.CONTROL),
    ("<tool_call>", gguf.TokenType.USER_DEFINED),
    ("</tool_call>", gguf.TokenType.USER_DEFINED),
]

# The tokens' order of preference, best first. Every other byte follows in byte
# order, white space after them, then the merged tokens (never preferred to their
# first byte) and the special tokens.
RANKING = ["<|im_end|>", '"', "x", "}", "]", "<", ":", ","]
WHITESPACE = [" ", "\t", "\n", "\r", "\x0b", "\x0c"]
# After these tokens, these come first, in this order.
BIGRAMS = {"\n": ["<|im_end|>", "<tool_call>"], "<tool_call>": ["\n"]}

CHAT_TEMPLATE = """\
{%- if tools %}
{{- '<|im_start|>system\\n' }}
{%- if messages[0]['role'] == 'system' %}{{- messages[0]['content'] }}{%- endif %}
{{- '\\n\\n# Tools\\n\\nYou may call one or more functions to assist with the user query.\\n\\nYou are provided with function signatures within <tools></tools> XML tags:\\n<tools>' }}
{%- for tool in tools %}{{- '\\n' }}{{- tool | tojson }}{%- endfor %}
{{- '\\n</tools>\\n\\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\\n<tool_call>\\n{"name": <function-name>, "arguments": <args-json-object>}\\n</tool_call><|im_end|>\\n' }}
{%- elif messages[0]['role'] == 'system' %}
{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}
{%- endif %}
{%- for message in messages %}
{%- if message.role == 'user' or (message.role == 'system' and not loop.first) or (message.role == 'assistant' and not message.tool_calls) %}
{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}
{%- elif message.role == 'assistant' %}
{{- '<|im_start|>' + message.role }}
{%- if message.content %}{{- '\\n' + message.content }}{%- endif %}
{%- for tool_call in message.tool_calls %}
{%- if tool_call.function is defined %}{%- set tool_call = tool_call.function %}{%- endif %}
{{- '\\n<tool_call>\\n{"name": "' }}{{- tool_call.name }}{{- '", "arguments": ' }}{{- tool_call.arguments | tojson }}{{- '}\\n</tool_call>' }}
{%- endfor %}
{{- '<|im_end|>\\n' }}
{%- elif message.role == 'tool' %}
{%- if loop.index0 == 0 or messages[loop.index0 - 1].role != 'tool' %}{{- '<|im_start|>user' }}{%- endif %}
{{- '\\n<tool_response>\\n' + message.content + '\\n</tool_response>' }}
{%- if loop.last or messages[loop.index0 + 1].role != 'tool' %}{{- '<|im_end|>\\n' }}{%- endif %}
{%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}
"""


def byte_symbols():
    """GPT-2's printable stand-in for each byte (`bytes_to_unicode`)."""
    printable = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("\xa1"), ord("\xac") + 1))
        + list(range(ord("\xae"), ord("\xff") + 1))
    )
    symbols = {}
    extra = 0
    for b in range(256):
        if b in printable:
            symbols[b] = chr(b)
        else:
            symbols[b] = chr(256 + extra)
            extra += 1
    return symbols


def vocabulary():
    """The tokens, their types, the merges, and the byte each one-byte token stands for."""
    symbols = byte_symbols()
    tokens = [symbols[b] for b in range(256)]
    types = [gguf.TokenType.NORMAL] * 256
    merges = []
    space = symbols[ord(" ")]
    letters = string.ascii_lowercase
    for a in [space] + list(letters):
        for b in letters:
            merges.append(f"{a} {b}")
            tokens.append(a + b)
            types.append(gguf.TokenType.NORMAL)
    for text, kind in SPECIALS:
        tokens.append(text)
        types.append(kind)
    return tokens, types, merges, symbols


def output_matrix(tokens, symbols):
    """The output matrix's columns: the ranking, then one for each token of BIGRAMS
    (the change after it); and the tokens that are the features of dimensions 1, 2…"""
    ids = {chr(b): tokens.index(s) for b, s in symbols.items()}
    ids.update({text: tokens.index(text) for text, _ in SPECIALS})
    order = [ids[t] for t in RANKING]
    spaces = [ids[t] for t in WHITESPACE]
    order += [i for i in range(256) if i not in order and i not in spaces]
    order += spaces
    order += [i for i in range(len(tokens)) if i not in order]
    ranked = np.zeros(len(tokens), dtype=np.float32)
    for rank, token in enumerate(order):
        ranked[token] = -float(rank)
    columns = [ranked]
    for before, preferred in BIGRAMS.items():
        column = np.zeros(len(tokens), dtype=np.float32)
        for place, text in enumerate(preferred):
            # Above every other token: the sum lands at 1 - place, and the best of
            # the rest (the top of the ranking) at 0 at most.
            column[ids[text]] = 1.0 - place - ranked[ids[text]]
        columns.append(column)
    return columns, [ids[before] for before in BIGRAMS]


def main(path):
    tokens, types, merges, symbols = vocabulary()
    n_vocab = len(tokens)
    w = gguf.GGUFWriter(path, "llama")
    w.add_name("rfp-analyzer deterministic test model")
    w.add_context_length(CONTEXT)
    w.add_embedding_length(N_EMBD)
    w.add_block_count(N_LAYER)
    w.add_feed_forward_length(N_FF)
    w.add_head_count(N_HEAD)
    w.add_head_count_kv(N_HEAD)
    w.add_rope_dimension_count(N_EMBD // N_HEAD)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_vocab_size(n_vocab)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)

    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("qwen2")
    w.add_token_list(tokens)
    w.add_token_types([int(t) for t in types])
    w.add_token_merges(merges)
    w.add_bos_token_id(tokens.index("<|endoftext|>"))
    w.add_eos_token_id(tokens.index("<|im_end|>"))
    w.add_pad_token_id(tokens.index("<|endoftext|>"))
    w.add_add_bos_token(False)
    w.add_chat_template(CHAT_TEMPLATE)

    columns, contexts = output_matrix(tokens, symbols)
    embedding = np.zeros((n_vocab, N_EMBD), dtype=np.float32)
    embedding[:, 0] = 1.0
    for dim, token in enumerate(contexts, start=1):
        embedding[token, dim] = 1.0
    output = np.zeros((n_vocab, N_EMBD), dtype=np.float32)
    for dim, column in enumerate(columns):
        output[:, dim] = column
    w.add_tensor("token_embd.weight", embedding)
    w.add_tensor("output_norm.weight", np.ones(N_EMBD, dtype=np.float32))
    w.add_tensor("output.weight", output)
    for layer in range(N_LAYER):
        blk = f"blk.{layer}"
        w.add_tensor(f"{blk}.attn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        w.add_tensor(f"{blk}.ffn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            w.add_tensor(f"{blk}.{name}.weight", np.zeros((N_EMBD, N_EMBD), dtype=np.float32))
        w.add_tensor(f"{blk}.ffn_gate.weight", np.zeros((N_FF, N_EMBD), dtype=np.float32))
        w.add_tensor(f"{blk}.ffn_up.weight", np.zeros((N_FF, N_EMBD), dtype=np.float32))
        w.add_tensor(f"{blk}.ffn_down.weight", np.zeros((N_EMBD, N_FF), dtype=np.float32))

    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: write_model.py OUT.gguf")
    main(sys.argv[1])
