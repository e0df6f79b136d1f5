-- Drives the jixiao language server from Neovim's own LSP client (Neovim 0.7+, headless), as an
-- office's editor would: opens a form, waits for its diagnostics, asks for a hover, a completion
-- after "indicator " typed into the buffer, formatting, and the definition of the hovered unit (a
-- stdlib file, which it opens as Neovim opens any file); writes what it got as JSON to JX_OUT.
local cmd = vim.fn.json_decode(os.getenv('JX_CMD'))
local root = os.getenv('JX_ROOT')
local file = os.getenv('JX_FILE')
local out = os.getenv('JX_OUT')
local stdlib_cache = os.getenv('JX_STDLIB_CACHE')
local hover_line = tonumber(os.getenv('JX_HOVER_LINE'))
local hover_char = tonumber(os.getenv('JX_HOVER_CHAR'))
local insert_after = tonumber(os.getenv('JX_INSERT_AFTER'))
local results = { diagnostics = vim.NIL, log = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(results))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'jixiao'
  local uri = vim.uri_from_bufnr(bufnr)
  local published = 0
  local client_id = vim.lsp.start_client({
    name = 'jixiao',
    cmd = cmd,
    root_dir = root,
    init_options = { debounceMs = 0, stdlibCacheDir = stdlib_cache },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result.uri == uri then
          if published == 0 then results.diagnostics = result.diagnostics end -- the form as opened
          published = published + 1
        end
      end,
      ['window/logMessage'] = function(_, result) table.insert(results.log, result.message) end,
    },
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(60000, function() return published > 0 end, 50), 'no diagnostics within 60 s')
  local client = vim.lsp.get_client_by_id(client_id)

  local hover = client.request_sync('textDocument/hover',
    { textDocument = { uri = uri }, position = { line = hover_line, character = hover_char } }, 30000, bufnr)
  results.hover = hover and hover.result and hover.result.contents and hover.result.contents.value or vim.NIL

  -- Go to definition of the same unit: the answer is a stdlib file, which Neovim opens read-only
  -- by itself when its mode says no one may write it.
  local answers = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition',
    { textDocument = { uri = uri }, position = { line = hover_line, character = hover_char } }, 30000)
  local answer = answers and answers[client_id] and answers[client_id].result
  local location = answer and (answer[1] or answer)
  results.definition = vim.NIL
  if location and location.uri then
    local fname = vim.uri_to_fname(location.uri)
    vim.cmd('edit ' .. vim.fn.fnameescape(fname))
    results.definition = {
      file = fname,
      range = location.range,
      line = vim.api.nvim_buf_get_lines(0, location.range.start.line, location.range.start.line + 1, false)[1],
      readonly = vim.bo.readonly,
      perm = vim.fn.getfperm(fname),
    }
    vim.cmd('buffer ' .. bufnr)
  end

  local formatting = client.request_sync('textDocument/formatting',
    { textDocument = { uri = uri }, options = { tabSize = 2, insertSpaces = true } }, 30000, bufnr)
  results.formatted = vim.NIL
  if formatting and formatting.result and formatting.result[1] then
    results.formatted = formatting.result[1].newText
  end

  -- Type a new line "  indicator " after the project's first line: Neovim sends the change itself.
  local before = published
  vim.api.nvim_buf_set_lines(bufnr, insert_after, insert_after, false, { '  indicator ' })
  assert(vim.wait(60000, function() return published > before end, 50), 'no diagnostics after the edit')
  local completion = client.request_sync('textDocument/completion',
    { textDocument = { uri = uri }, position = { line = insert_after, character = 12 } }, 30000, bufnr)
  local labels = {}
  local items = completion and completion.result and (completion.result.items or completion.result) or {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
  results.completion = labels

  client.stop()
  vim.wait(5000, function() return client.is_stopped() end, 50)
end)
if not ok then results.error = tostring(err) end
finish()
