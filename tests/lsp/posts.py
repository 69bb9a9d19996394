"""Posts written for the language server tests."""

POST = """# 😀キエフの会議 ― 2025年06月04日 12:00

## 概要

𠮷田氏と😀各国の代表がキエフで会議を開いた。会議は30日間続いた。

## 詳細

会議はキエフで30日間にわたって行われた。ティモフェエフ氏が議長を務め、ティモフェーエフ氏の提案が採択された。ティモフェエフ氏は閉会を宣言した。

## 要点

- 会議は60日間続いた。

## 参考

## 引用・参照・底本

Talks in the capital Example Wire 2025.06.04
https://wire.example.org/talks
"""

CLEAN = """# 会議の報告 ― 2025年06月04日 12:00

## 概要

各国の代表がキーウで会議を開いた。

## 詳細

会議はキーウで2日間にわたって行われた。

## 要点

- 代表がキーウで会議を開いた。

## 引用・参照・底本

Talks in the capital Example Wire 2025.06.04
https://wire.example.org/talks
"""
