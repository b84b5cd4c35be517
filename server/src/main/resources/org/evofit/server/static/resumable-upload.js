/*
 * Resumable uploads from the browser (tus 1.0: creation, HEAD offset, PATCH), plain JavaScript with
 * fetch and Blob.slice, no build step.
 *
 * A file input marked <input type="file" data-resumable-upload="/api/projects/NAME/uploads"> uploads
 * each picked file in slices; after a failure (network gone, server restarted) it asks the server how
 * many bytes arrived and sends the rest. The upload's address is kept in localStorage, so picking the
 * same file again after a reload resumes it too. Progress and refusals are written into an <output>
 * beside the input; an "evofit:uploaded" event (detail: {file}) fires on the input for each file done,
 * and "evofit:uploads-done" when every picked file is in (then the page reloads when the input is marked
 * data-reload-when-done).
 *
 * Pages may also call window.evofitUploads.upload(endpoint, file, onProgress) themselves.
 */
(function () {
  'use strict';

  var MAX_TRIES = 8;
  var PROTOCOL = { 'Tus-Resumable': '1.0.0' };
  // A signed-in page carries its session's CSRF token; every state-changing request sends it back.
  var csrf = document.querySelector('meta[name="csrf-token"]');
  if (csrf) {
    PROTOCOL['X-CSRF-Token'] = csrf.getAttribute('content');
  }

  function withProtocol(headers) {
    return Object.assign({}, PROTOCOL, headers || {});
  }

  /** A refusal the server explained (4xx): retrying would not help. */
  function Refused(status, message) {
    this.name = 'Refused';
    this.status = status;
    this.message = message;
  }
  Refused.prototype = Object.create(Error.prototype);

  function refusal(response) {
    return response.json().then(function (body) {
      return new Refused(response.status, body && body.message ? body.message : response.statusText);
    }, function () {
      return new Refused(response.status, response.status + ' ' + response.statusText);
    });
  }

  function base64(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary);
  }

  function storageKey(endpoint, file) {
    return 'evofit-upload ' + endpoint + ' ' + file.name + ' ' + file.size + ' ' + file.lastModified;
  }

  function pause(tries) {
    var millis = Math.min(30000, 500 * Math.pow(2, tries - 1));
    return new Promise(function (resolve) { setTimeout(resolve, millis); });
  }

  function create(endpoint, file) {
    return fetch(endpoint, {
      method: 'POST',
      headers: withProtocol({ 'Upload-Length': String(file.size), 'Upload-Metadata': 'filename ' + base64(file.name) })
    }).then(function (response) {
      if (response.status !== 201) {
        return refusal(response).then(function (e) { throw e; });
      }
      return new URL(response.headers.get('Location'), window.location.href).href;
    });
  }

  /** How many bytes of the upload the server has, or null when it no longer knows the upload. */
  function offsetOf(url) {
    return fetch(url, { method: 'HEAD', headers: withProtocol(), cache: 'no-store' }).then(function (response) {
      if (response.status === 404 || response.status === 410) {
        return null;
      }
      if (!response.ok) {
        throw new Error('HEAD ' + url + ': ' + response.status);
      }
      return Number(response.headers.get('Upload-Offset'));
    });
  }

  function send(url, file, offset) {
    return fetch(url, {
      method: 'PATCH',
      headers: withProtocol({ 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }),
      body: file.slice(offset, Math.min(file.size, offset + api.sliceBytes))
    });
  }

  /**
   * Uploads {@code file} to {@code endpoint} (a project's uploads collection), resuming an earlier
   * attempt when the server still has it; resolves when the server has every byte.
   */
  async function upload(endpoint, file, onProgress) {
    var progress = onProgress || function () {};
    var key = storageKey(endpoint, file);
    var url = window.localStorage.getItem(key);
    var offset = url ? await offsetOf(url).catch(function () { return null; }) : null;
    if (offset === null) {
      url = await create(endpoint, file);
      window.localStorage.setItem(key, url);
      offset = 0;
    }
    var tries = 0;
    var lastRefusal = null;
    try {
      while (true) {
        progress(offset, file.size);
        if (offset >= file.size) {
          return; // an empty file is complete once created
        }
        try {
          var response = await send(url, file, offset);
          if (response.status === 204) {
            offset = Number(response.headers.get('Upload-Offset'));
            tries = 0;
            if (offset >= file.size) {
              progress(offset, file.size);
              return;
            }
            continue;
          }
          lastRefusal = await refusal(response);
          if (response.status >= 400 && response.status < 500 && response.status !== 409 && response.status !== 429) {
            throw lastRefusal;
          }
        } catch (e) {
          if (e instanceof Refused) {
            throw e;
          }
          // the network failed: find out below what reached the server
        }
        tries++;
        if (tries > MAX_TRIES) {
          throw lastRefusal || new Error('the upload of ' + file.name + ' failed ' + MAX_TRIES + ' times in a row');
        }
        await pause(tries);
        var known = await offsetOf(url).catch(function () { return undefined; });
        if (known === null) {
          // The server let go of the upload: it was refused on completion, or it expired.
          throw lastRefusal || new Refused(404, 'the server no longer has this upload; pick the file again');
        }
        if (known !== undefined) {
          offset = known;
        }
      }
    } catch (e) {
      if (e instanceof Refused) {
        window.localStorage.removeItem(key);
      }
      throw e;
    } finally {
      if (offset >= file.size) {
        window.localStorage.removeItem(key);
      }
    }
  }

  function percent(done, total) {
    return total > 0 ? Math.floor(100 * done / total) + ' %' : '';
  }

  function attach(input) {
    var output = document.createElement('output');
    output.className = 'upload-progress';
    input.insertAdjacentElement('afterend', output);
    input.addEventListener('change', async function () {
      var endpoint = input.getAttribute('data-resumable-upload');
      for (var i = 0; i < input.files.length; i++) {
        var file = input.files[i];
        try {
          await upload(endpoint, file, function (done, total) {
            output.textContent = file.name + ': ' + percent(done, total);
          });
          output.textContent = file.name + ': uploaded';
          input.dispatchEvent(new CustomEvent('evofit:uploaded', { bubbles: true, detail: { file: file.name } }));
        } catch (e) {
          output.textContent = file.name + ': ' + e.message;
          output.classList.add('error');
          return;
        }
      }
      input.dispatchEvent(new CustomEvent('evofit:uploads-done', { bubbles: true }));
      // The page's Content-Security-Policy runs no inline script: a page asks for the reload by an attribute.
      if (input.hasAttribute('data-reload-when-done')) {
        window.location.reload();
      }
    });
  }

  function attachAll() {
    document.querySelectorAll('input[type=file][data-resumable-upload]').forEach(attach);
  }

  /** sliceBytes: how much one PATCH sends (8 MiB: few requests, little lost when one breaks off). */
  var api = { upload: upload, sliceBytes: 8 * 1024 * 1024 };
  window.evofitUploads = api;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', attachAll);
  } else {
    attachAll();
  }
}());
