-- Opens $YURE_POST in headless Neovim with `yure lsp` attached, waits for the
-- kyiv diagnostic, applies its quick fix and writes the buffer's lines to
-- $YURE_OUT.  Works with Neovim 0.7 (start_client) and later (vim.lsp.start).
local post, out = os.getenv("YURE_POST"), os.getenv("YURE_OUT")
local cmd = vim.fn.json_decode(os.getenv("YURE_CMD"))

local function finish(status, message)
  local fh = io.open(out, "w")
  fh:write(status .. "\n" .. (message or "") .. "\n")
  fh:close()
  vim.cmd("qall!")
end

vim.cmd("edit " .. vim.fn.fnameescape(post))
local buf = vim.api.nvim_get_current_buf()
local config = { name = "yure", cmd = cmd, root_dir = vim.fn.fnamemodify(post, ":h") }
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, client_id)
end

local function kyiv()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == "kyiv" or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == "kyiv") then
      return d
    end
  end
end

if not vim.wait(60000, function() return kyiv() ~= nil end, 50) then
  finish("no-diagnostic")
  return
end
local d = kyiv()
local client = vim.lsp.get_client_by_id(client_id)
-- Client methods take the client as `self` from Neovim 0.11 on.
local function request(method, params)
  if vim.fn.has("nvim-0.11") == 1 then
    return client:request_sync(method, params, 30000, buf)
  end
  return client.request_sync(method, params, 30000, buf)
end
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = d.lnum, character = 0 }, ["end"] = { line = d.end_lnum, character = 0 } },
  context = { diagnostics = {} },
}
params.range["end"].character = #vim.api.nvim_buf_get_lines(buf, d.end_lnum, d.end_lnum + 1, false)[1]
local response = request("textDocument/codeAction", params)
if not response or response.err then
  finish("code-action-failed", vim.inspect(response))
  return
end
local chosen
for _, action in ipairs(response.result or {}) do
  if action.kind == "quickfix" and action.isPreferred and action.title:find("キーウ", 1, true) then
    chosen = action
  end
end
if not chosen then
  finish("no-quick-fix", vim.inspect(response.result))
  return
end
if not chosen.edit then
  chosen = request("codeAction/resolve", chosen).result
end
vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or "utf-16")
finish("ok", table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n"))
